//! Money in a jar: whole cents, never a float that drifts when summed.

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
                if v < 0 {
                    return Err(E::custom(format!(
                        "{v} is negative: an amount of money is 0 or more"
                    )));
                }
                self.visit_u64(v as u64)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Amount, E> {
                v.checked_mul(100)
                    .map(Amount)
                    .ok_or_else(|| E::custom(format!("{v} is too large an amount")))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Amount, E> {
                if !v.is_finite() || v < 0.0 {
                    return Err(E::custom(format!(
                        "{v} is not an amount of money: use 0 or more"
                    )));
                }
                let cents = (v * 100.0).round();
                if (cents - v * 100.0).abs() > 1e-6 {
                    return Err(E::custom(format!("{v} has more than two decimals")));
                }
                if cents > 1e15 {
                    return Err(E::custom(format!("{v} is too large an amount")));
                }
                Ok(Amount(cents as u64))
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
