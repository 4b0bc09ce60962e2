//! Integration tests: the real binary, real git repositories, a hermetic environment.

mod adversary;
mod between;
mod cache;
mod convene;
mod draw;
mod ecosystem;
mod env;
mod errors_lang;
mod examples;
mod floor;
mod holes;
mod init;
mod json;
mod language;
mod limits;
mod links;
mod privacy;
mod read;
mod run;
mod scale;
mod script;
mod site;
mod sync;
mod sync_adversary;
mod verify;
mod write;
