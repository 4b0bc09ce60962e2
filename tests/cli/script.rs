//! A whole council played at the prompts; shared by the tests and benches/responsiveness.rs.

pub const DOWN: &str = "\x1b[B";

/// A whole council, as (prompt to wait for, keys to send). The draw is fixed by the numbers.
pub fn script() -> Vec<(&'static str, String)> {
    let s = |p: &'static str, k: &str| (p, k.to_string());
    vec![
        s("What is the one concrete problem", "The bench is broken\r"),
        s("Where are you meeting", "Laundromat\r"),
        s("Timebox in minutes", "\r"),
        s("Name (Enter", "Ana\r"),
        s("Name (Enter", "Bo\r"),
        s("Name (Enter", "Chen\r"),
        s("Name (Enter", "Dara\r"),
        s("Name (Enter", "\r"),
        s(
            "rather not be drawn to facilitate",
            &format!("{DOWN}{DOWN} \r"),
        ),
        s("rather not be drawn to speak", &format!("{DOWN}{DOWN} \r")),
        s("Numbers called out", "3 5 1 6\r"),
        s("Numbers called out", "42\r"),
        s("Numbers called out", "\r"),
        s("Does Dara accept to be facilitator", "n"),
        s("Does Bo accept to be facilitator", "y"),
        s("facilitated elsewhere before", "n"),
        s("who supports them", &format!("{DOWN}\r")),
        s("Does Ana accept to be spokesperson", "y"),
        // The floor: Bo asks for it by number and speaks; then on to the decision.
        s("The floor: The bench is broken", "2\r"),
        s("Bo is on the stack.", "n"),
        s("Bo has the floor.", "d"),
        s("What is the proposal", "Repair it Saturday\r"),
        s("Decided by", "\r"),
        s("An objection", "\r"),
        s("Who stands aside", "\r"),
        s("final wording", "\r"),
        s("Outcome", "\r"),
        s("outcome statement", "We fix it Saturday 10am\r"),
        s("Review it at a later council", "\r"),
        s("Hand out a task", "y"),
        s("What is to be done", "Buy planks\r"),
        s("Who volunteers", &format!("{DOWN} \r")),
        s("Due (YYYY-MM-DD", "2026-11-28\r"),
        s("target amount", "40\r"),
        s("Currency", "\r"),
        s("Another task", "n"),
        s("Send a recallable delegate", "n"),
        s(
            "What can the neighborhood now do",
            "We fix our own benches\r",
        ),
        s("without asking anyone's permission", "y"),
        s("The closing ritual", "\r"),
        s("Check-out words", "tired, proud\r"),
        s("Review the minutes above", "\r"),
    ]
}

/// Leaves the floor for the decision at once, for a council whose issue begins with `issue`.
#[allow(dead_code)] // the benchmark plays only the script
pub fn leave_floor() -> (&'static str, String) {
    ("The floor: ", "d".to_string())
}
