//! Names are people: the key two spellings of one person share. (Interim; replaced by the full module.)

use std::collections::HashMap;

/// The identity of a person: case folded, whitespace collapsed.
pub fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Tells whether two names are one person.
pub fn same_person(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

/// Tells whether two names look alike.
pub fn look_alike(a: &str, b: &str) -> bool {
    same_person(a, b)
}

/// Refuses names no one can tell apart from another.
pub fn check(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("the name is empty".into());
    }
    Ok(())
}

/// Known names that are near misses of `name`.
pub fn did_you_mean<'a>(_name: &str, _known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    Vec::new()
}

/// The people known in a log, each by their first spelling.
#[derive(Debug, Clone, Default)]
pub struct People {
    first: HashMap<String, String>,
    order: Vec<String>,
}

impl People {
    pub fn add(&mut self, name: &str) {
        let k = key(name);
        if !self.first.contains_key(&k) {
            self.first.insert(k, name.to_string());
            self.order.push(name.to_string());
        }
    }

    pub fn spelling(&self, name: &str) -> Option<&str> {
        self.first.get(&key(name)).map(String::as_str)
    }

    pub fn near(&self, name: &str) -> Vec<&str> {
        did_you_mean(name, self.order.iter().map(String::as_str))
    }
}
