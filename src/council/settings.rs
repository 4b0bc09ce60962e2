//! `council.toml`: the standing settings of a council, written out in full by `init`.

use super::answers::Rule;
use super::record::Rotation;
use super::session::Settings;
use crate::msg;
use serde::{Deserialize, Serialize};

/// The parsed `council.toml`. Unknown keys are errors, so a misspelled setting never goes unnoticed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilToml {
    pub name: String,
    /// The language of the minutes and the log's README.
    #[serde(default)]
    pub language: crate::i18n::Lang,
    #[serde(default = "default_duration")]
    pub duration_minutes: u32,
    #[serde(default = "default_rotation")]
    pub rotation: Rotation,
    #[serde(default = "default_rule")]
    pub decision_rule: Rule,
    #[serde(default)]
    pub privacy: Privacy,
    #[serde(default)]
    pub push: bool,
    /// Where the log's web site (`council site`) is served, for the notice's QR code and the feed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How the floor's speaking stack is ordered: `in-order` or `progressive`.
    #[serde(default)]
    pub stack: super::floor::StackRule,
    /// What the minutes keep of the discussion: `summary`, `shares` or `none`.
    #[serde(default)]
    pub floor_record: super::floor::FloorRecordMode,
    #[serde(default)]
    pub closing_rituals: Vec<String>,
    #[serde(default)]
    pub identity: Option<Identity>,
    #[serde(default)]
    pub protocol: Option<Protocol>,
    #[serde(default)]
    pub peers: Vec<Peer>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Privacy {
    #[default]
    Names,
    Pseudonyms,
    Cards,
}

impl Privacy {
    pub fn as_str(self) -> &'static str {
        match self {
            Privacy::Names => "names",
            Privacy::Pseudonyms => "pseudonyms",
            Privacy::Cards => "cards",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    #[serde(default)]
    pub legal_support: Option<String>,
    #[serde(default)]
    pub care_team: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Peer {
    pub name: String,
    pub url: String,
}

fn default_duration() -> u32 {
    45
}
fn default_rotation() -> Rotation {
    Rotation::LeastServed
}
fn default_rule() -> Rule {
    Rule::Consent
}

impl CouncilToml {
    /// The site's address (`url`) when it is one a page may link to: `http://` or `https://`,
    /// a host, and no space, control, bidirectional or noncharacter; `Err` names the problem.
    ///
    /// Only the commands that link to the site (site, feed, notice) ask: a mistyped address
    /// never stops a council from being drawn or verified.
    pub fn site_url(&self) -> Result<Option<&str>, String> {
        let Some(url) = self.url.as_deref() else {
            return Ok(None);
        };
        let lower = url.to_ascii_lowercase();
        let rest = ["http://", "https://"]
            .iter()
            .find_map(|scheme| lower.strip_prefix(scheme));
        let host = rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'));
        let clean = url.chars().all(|c| {
            !c.is_control()
                && !c.is_whitespace()
                && crate::ui::clean(&c.to_string()) == c.to_string()
                && !crate::ui::noncharacter(c)
                && !matches!(c, '"' | '<' | '>' | '\\' | '`')
        });
        if host && clean {
            Ok(Some(url))
        } else {
            Err(msg!(
                "err-settings-url",
                url = format!("{:?}", crate::ui::clean(url))
            ))
        }
    }

    pub fn settings(&self) -> Settings {
        Settings {
            duration_minutes: self.duration_minutes,
            rotation: self.rotation,
            decision_rule: self.decision_rule,
            privacy: self.privacy,
        }
    }

    /// Checks what serde cannot: a usable name and timebox, and every text within its limit.
    pub fn check(&self) -> Result<(), String> {
        self.within_limits()?;
        if self.name.trim().is_empty() {
            return Err(msg!("err-settings-name"));
        }
        if !(1..=24 * 60).contains(&self.duration_minutes) {
            return Err(msg!(
                "err-duration",
                minutes = self.duration_minutes.to_string()
            ));
        }
        if let Some(identity) = &self.identity
            && (identity.name.trim().is_empty() || identity.email.trim().is_empty())
        {
            return Err(msg!("err-settings-identity"));
        }
        if let Some(identity) = &self.identity
            && [&identity.name, &identity.email]
                .iter()
                .any(|s| s.chars().any(|c| c.is_control() || c == '<' || c == '>'))
        {
            return Err(msg!("err-settings-identity-chars"));
        }
        Ok(())
    }

    fn within_limits(&self) -> Result<(), String> {
        use super::limits::{LONG, PEERS, RITUALS, SHORT, URL, count, text};
        text("name", &self.name, SHORT)?;
        count("closing_rituals", self.closing_rituals.len(), RITUALS)?;
        for (n, ritual) in self.closing_rituals.iter().enumerate() {
            text(&format!("closing_rituals[{}]", n + 1), ritual, SHORT)?;
        }
        if let Some(identity) = &self.identity {
            text("identity.name", &identity.name, SHORT)?;
            text("identity.email", &identity.email, SHORT)?;
        }
        if let Some(protocol) = &self.protocol {
            for (field, value) in [
                ("protocol.legal_support", &protocol.legal_support),
                ("protocol.care_team", &protocol.care_team),
            ] {
                if let Some(value) = value {
                    text(field, value, LONG)?;
                }
            }
        }
        if let Some(url) = &self.url {
            text("url", url, URL)?;
        }
        count("peers", self.peers.len(), PEERS)?;
        for (n, peer) in self.peers.iter().enumerate() {
            text(&format!("peers[{}].name", n + 1), &peer.name, SHORT)?;
            text(&format!("peers[{}].url", n + 1), &peer.url, URL)?;
        }
        Ok(())
    }
}
