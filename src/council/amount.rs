//! Money in a jar: whole cents, never a float that drifts when summed.

use super::limits::MAX_AMOUNT;
use crate::msg;
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::fmt;

/// A non-negative amount with at most two decimals, kept as cents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(pub u64);

impl Amount {
    pub fn cents(self) -> u64 {
        self.0
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_multiple_of(100) {
            write!(f, "{}", self.0 / 100)
        } else {
            write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
        }
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(100) {
            serializer.serialize_u64(self.0 / 100)
        } else {
            serializer.serialize_f64(self.0 as f64 / 100.0)
        }
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a non-negative amount of money with at most two decimals, like 40 or 12.50",
                )
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Amount, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(msg!("err-amount-negative", text = v.to_string()))),
                }
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Amount, E> {
                v.checked_mul(100)
                    .map(Amount)
                    .filter(|a| *a <= MAX_AMOUNT)
                    .ok_or_else(|| E::custom(too_large(&v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Amount, E> {
                if !v.is_finite() || v < 0.0 {
                    return Err(E::custom(msg!("err-amount-not", text = v.to_string())));
                }
                // The shortest decimal that reads back as `v` is what was written:
                // read it exactly, never through a multiplication that drifts.
                format!("{v}").parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize)]
    struct Holder {
        a: Amount,
    }

    #[test]
    fn whole_and_decimal_amounts_round_trip() {
        for text in ["a = 40\n", "a = 12.5\n", "a = 0\n", "a = 0.05\n"] {
            let holder: Holder = toml::from_str(text).unwrap();
            assert_eq!(toml::to_string(&holder).unwrap(), text);
        }
        let holder: Holder = toml::from_str("a = 12.50").unwrap();
        assert_eq!(holder.a, Amount(1250));
        assert_eq!(holder.a.to_string(), "12.50");
    }

    #[test]
    fn negative_and_fractional_cents_are_refused() {
        assert!(toml::from_str::<Holder>("a = -1").is_err());
        assert!(toml::from_str::<Holder>("a = 1.005").is_err());
        assert!(toml::from_str::<Holder>("a = \"40\"").is_err());
    }
}

impl std::str::FromStr for Amount {
    type Err = String;

    /// Reads `40`, `12.5` or `12.50`; refuses negatives and fractions of a cent.
    fn from_str(text: &str) -> Result<Amount, String> {
        let text = text.trim();
        if text.starts_with('-') {
            return Err(msg!("err-amount-negative", text = text));
        }
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if digits(whole) && digits(fraction) && fraction.len() > 2 {
            return Err(msg!("err-amount-decimals", text = text));
        }
        if !digits(whole) || (!fraction.is_empty() && !digits(fraction)) {
            return Err(msg!("err-amount-like", text = format!("{text:?}")));
        }
        let whole: u64 = whole.parse().map_err(|_| too_large(text))?;
        let cents: u64 = format!("{fraction:0<2}").parse().unwrap_or(0);
        whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(cents))
            .map(Amount)
            .filter(|a| *a <= MAX_AMOUNT)
            .ok_or_else(|| too_large(text))
    }
}

/// Says an amount is over the largest one allowed.
fn too_large(text: &str) -> String {
    msg!(
        "err-amount-too-large",
        text = text,
        max = MAX_AMOUNT.to_string()
    )
}

impl Amount {
    /// Adds two amounts exactly, or gives `None` when the sum does not fit.
    ///
    /// A sum may pass [`MAX_AMOUNT`], which bounds one field: a jar adds up
    /// every report filed on it.
    pub fn checked_add(self, other: Amount) -> Option<Amount> {
        self.0.checked_add(other.0).map(Amount)
    }
}

impl Balance {
    /// What is left when `spent` is taken from `collected`; exact for every pair of amounts.
    pub fn left(collected: Amount, spent: Amount) -> Option<Balance> {
        let collected = i64::try_from(collected.0).ok()?;
        let spent = i64::try_from(spent.0).ok()?;
        collected.checked_sub(spent).map(Balance)
    }
}

/// Money that may run below zero: what is left in a jar after spending.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Balance(pub i64);

impl fmt::Display for Balance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}{}", Amount(self.0.unsigned_abs()))
    }
}

impl Serialize for Balance {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 {
            serializer.serialize_i64(self.0 / 100)
        } else {
            serializer.serialize_f64(self.0 as f64 / 100.0)
        }
    }
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn amounts_parse_from_the_command_line() {
        assert_eq!("40".parse::<Amount>(), Ok(Amount(4000)));
        assert_eq!("12.5".parse::<Amount>(), Ok(Amount(1250)));
        assert_eq!("0.05".parse::<Amount>(), Ok(Amount(5)));
        assert!("-5".parse::<Amount>().unwrap_err().contains("negative"));
        assert!("1.005".parse::<Amount>().is_err());
        assert!("ten".parse::<Amount>().is_err());
        assert!(".5".parse::<Amount>().is_err());
        assert_eq!(Balance(-150).to_string(), "-1.50");
        assert_eq!("1000000000".parse::<Amount>(), Ok(MAX_AMOUNT));
        assert!(
            "1000000000.01"
                .parse::<Amount>()
                .unwrap_err()
                .contains("at most 1000000000")
        );
        assert!("184467440737095516.15".parse::<Amount>().is_err());
    }

    #[test]
    fn large_decimal_amounts_read_exactly() {
        #[derive(Debug, Deserialize)]
        struct Holder {
            a: Amount,
        }
        let holder: Holder = toml::from_str("a = 999999999.99").unwrap();
        assert_eq!(holder.a, Amount(99_999_999_999));
        assert!(toml::from_str::<Holder>("a = 1000000000.01").is_err());
        assert!(toml::from_str::<Holder>("a = 1e300").is_err());
        assert!(toml::from_str::<Holder>("a = 9223372036854775807").is_err());
    }
}
