//! `council stats`: turns per person, and how evenly leadership rotates.

use crate::council::stats;
use crate::i18n::user;
use crate::log::Log;
use crate::tr;
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Show how often each person attended, facilitated, spoke and supported, and how evenly it rotates.
///
/// The Gini coefficient of facilitation turns among everyone who attended is
/// 0 when turns are perfectly even and nears 1 when one person leads every
/// time. The largest share and the longest back-to-back run show whether a
/// regular is becoming "the usual facilitator". Councils that kept their
/// discussion on the floor (`floor_record`) show the Gini coefficient of their
/// talk time, council by council.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print {"councils", "people": [{name, attended, facilitated, spoke, supported}], "gini", "largest_share", "longest_run", "talk_time": [{id, started, gini}] (only when a council kept its discussion)}.
    #[arg(long)]
    pub json: bool,
}

pub fn cmd_stats(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let names = stats::Names::default();
    let (councils, _) = super::read_councils(
        &log,
        // Renamed when `Led` gained `cards`: projections cached before lack it.
        "leadership-cards",
        stats::Led::from,
        |led| stats::Leadership::of(led, &names),
        |c| (c.started, &c.id),
        false,
    )?;
    let councils: Vec<&stats::Leadership> = councils.iter().collect();
    let mut s = stats::stats(&councils);
    // Under cards, a number is a card handed out at one council, not a person: turns are
    // not counted across councils by card.
    let cards = super::config(ui, &log)?.privacy == crate::council::settings::Privacy::Cards;
    if cards {
        s.people.clear();
        s.gini = 0.0;
        s.largest_share = None;
        s.longest_run = None;
    }
    if args.json {
        super::print_json(ui, &crate::json::Stats::from(&s))?;
        return Ok(ExitCode::SUCCESS);
    }
    if s.councils == 0 {
        ui.note(&tr!(user(), "verify-none"));
        return Ok(ExitCode::SUCCESS);
    }
    if cards {
        let mut text = format!("{}\n", tr!(user(), "stats-cards", n = s.councils));
        talk_time(&mut text, &s);
        ui.out(&crate::ui::clean_lines(&text))?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows = s
        .people
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                p.attended.to_string(),
                p.facilitated.to_string(),
                p.spoke.to_string(),
                p.supported.to_string(),
            ]
        })
        .collect();
    let header = super::columns(&["name", "attended", "facilitated", "spoke", "supported"]);
    ui.out(&ui.table(&header, rows))?;
    let mut text = format!(
        "\n{}\n",
        tr!(
            user(),
            "stats-councils",
            n = s.councils,
            gini = format!("{:.2}", s.gini)
        )
    );
    if let Some(share) = &s.largest_share {
        text.push_str(&format!(
            "{}\n",
            tr!(
                user(),
                "stats-largest",
                name = &share.name,
                n = share.councils,
                of = s.councils,
                percent = format!("{:.0}", share.share * 100.0)
            )
        ));
    }
    if let Some(run) = &s.longest_run {
        text.push_str(&format!(
            "{}\n",
            tr!(user(), "stats-run", name = &run.name, n = run.councils)
        ));
    }
    talk_time(&mut text, &s);
    ui.out(&crate::ui::clean_lines(&text))?;
    ui.out("\n")?;
    Ok(ExitCode::SUCCESS)
}

/// Talk time on the floor, council by council.
fn talk_time(text: &mut String, s: &stats::Stats) {
    if !s.talk_time.is_empty() {
        text.push_str(&format!("\n{}\n", tr!(user(), "stats-talk")));
        for t in &s.talk_time {
            let filled = (t.gini * 20.0).round().clamp(0.0, 20.0) as usize;
            text.push_str(&format!(
                "  {}  {:.2}  {}{}  {}\n",
                t.started.0.format("%Y-%m-%d"),
                t.gini,
                "█".repeat(filled),
                "░".repeat(20 - filled),
                t.id
            ));
        }
    }
}
