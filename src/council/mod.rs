//! The pure core: answers, the draw, pools, the session and its record. No I/O here.

pub mod abandoned;
pub mod amount;
pub mod answers;
pub mod correction;
#[cfg(test)]
pub mod fixtures;
pub mod floor;
pub mod ids;
pub mod ledger;
pub mod limits;
pub mod names;
pub mod pools;
pub mod privacy;
pub mod record;
pub mod report;
pub mod rfc3797;
pub mod session;
pub mod settings;
pub mod stats;
pub mod summary;
pub mod time;
pub mod validate;
pub mod verify;

pub use answers::{Answers, Rule};
pub use pools::History;
pub use record::Record;
pub use session::{Context, Problems, Settings, conclude};
