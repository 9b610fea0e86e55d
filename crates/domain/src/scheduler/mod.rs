//! The Kooperationsbörse scheduler: gives every accepted meeting request a time slot and a
//! table so that nobody is in two places at once, everybody is available, per-person maxima
//! hold, no table is used twice in a slot, and German–Czech pairs without a shared language get
//! an interpreter table where one is free. Published meetings (`fixed`) stay where they are.
//!
//! A pure function: [`schedule`] first picks which requests to aim for when meeting limits bind
//! (a large b-matching grown by augmenting paths), builds a schedule most-constrained-first (the
//! request with the fewest free slots next, the slot that blocks the fewest other requests),
//! repairs it with ejection chains (move meetings out of the way, recursively) and exchanges
//! (one meeting out, two in); small events are then solved exactly by branch and bound. It never
//! returns fewer meetings than the first-come-first-served [`greedy`] baseline. [`upper_bound`] bounds what any
//! schedule can reach, [`check`] verifies every rule.

mod bound;
mod build;
mod select;
mod tables;

/// A set of slots as bits: slot `i` is bit `i`.
pub type SlotSet = u128;
/// At most this many slots per event (a two-day Kooperationsbörse has about 40).
pub const MAX_SLOTS: usize = 128;

/// One participant (a person or an organisation's delegation at one table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// Slots the participant is there.
    pub available: SlotSet,
    /// At most this many meetings.
    pub max_meetings: u32,
    /// Languages spoken, as bits (see [`language_bit`]); a pair with no common bit needs an
    /// interpreter.
    pub languages: u32,
}

/// The bit of a platform language in [`Participant::languages`]; other languages share bit 31.
pub fn language_bit(code: &str) -> u32 {
    match code {
        "de" => 1,
        "cs" => 2,
        "en" => 4,
        "pl" => 8,
        "sk" => 16,
        _ => 1 << 31,
    }
}

/// Where a meeting takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Placement {
    pub slot: usize,
    /// `0..tables` are ordinary tables, `tables..tables + interpreter_tables` interpreter tables.
    pub table: usize,
}

/// An accepted meeting request between participants `a` and `b`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub a: usize,
    pub b: usize,
    /// Already published: keep exactly here.
    pub fixed: Option<Placement>,
}

/// Everything the scheduler needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Number of slots (at most [`MAX_SLOTS`]).
    pub slots: usize,
    /// Ordinary tables.
    pub tables: usize,
    /// Tables with a German–Czech interpreter.
    pub interpreter_tables: usize,
    pub participants: Vec<Participant>,
    pub requests: Vec<Request>,
}

impl Problem {
    /// All tables.
    pub fn table_count(&self) -> usize {
        self.tables + self.interpreter_tables
    }

    /// Whether table `t` has an interpreter.
    pub fn is_interpreter_table(&self, table: usize) -> bool {
        table >= self.tables
    }

    /// Whether the two sides of request `r` share no language.
    pub fn needs_interpreter(&self, r: usize) -> bool {
        let req = &self.requests[r];
        self.participants[req.a].languages & self.participants[req.b].languages == 0
    }

    /// Slots both sides of request `r` are there.
    pub fn common_slots(&self, r: usize) -> SlotSet {
        let req = &self.requests[r];
        self.participants[req.a].available
            & self.participants[req.b].available
            & all_slots(self.slots)
    }
}

/// The set of slots `0..n`.
pub fn all_slots(n: usize) -> SlotSet {
    if n >= MAX_SLOTS {
        SlotSet::MAX
    } else {
        (1 << n) - 1
    }
}

/// Why a request got no slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Unknown participant, a participant meeting themself, or an impossible fixed placement.
    Invalid,
    /// The two are never there at the same time.
    NoCommonSlot,
    /// One side already has as many meetings as they allowed.
    MeetingLimit,
    /// Every common slot is taken by other meetings of the two, or all tables are in use.
    NoFreeSlot,
    /// A fixed (published) placement collides with another fixed one.
    FixedConflict,
}

/// The result for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Scheduled {
        placement: Placement,
        /// Needed an interpreter but none was free in that slot.
        interpreter_missing: bool,
    },
    Unscheduled(Reason),
}

/// A schedule: one outcome per request, in request order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub outcomes: Vec<Outcome>,
}

impl Schedule {
    /// Number of scheduled meetings.
    pub fn scheduled(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Scheduled { .. }))
            .count()
    }
}

/// Schedules as many requests as it can (see the module documentation).
pub fn schedule(problem: &Problem) -> Schedule {
    let built = build::construct_and_repair(problem);
    let baseline = greedy(problem);
    if built.scheduled() >= baseline.scheduled() {
        built
    } else {
        baseline
    }
}

/// First come, first served: each request in order takes the earliest slot where both are free
/// and a table is left. The baseline the benchmark compares with.
pub fn greedy(problem: &Problem) -> Schedule {
    build::greedy(problem)
}

/// No schedule can place more meetings than this (see `bound.rs`).
pub fn upper_bound(problem: &Problem) -> usize {
    bound::upper_bound(problem)
}

/// Verifies every rule; the first broken one as text.
pub fn check(problem: &Problem, schedule: &Schedule) -> Result<(), String> {
    if schedule.outcomes.len() != problem.requests.len() {
        return Err("one outcome per request expected".to_owned());
    }
    let n = problem.participants.len();
    let mut busy = vec![0 as SlotSet; n];
    let mut count = vec![0u32; n];
    let mut tables_used: std::collections::HashSet<Placement> = std::collections::HashSet::new();
    for (r, outcome) in schedule.outcomes.iter().enumerate() {
        let req = &problem.requests[r];
        let Outcome::Scheduled {
            placement,
            interpreter_missing,
        } = outcome
        else {
            if req.fixed.is_some()
                && !matches!(
                    outcome,
                    Outcome::Unscheduled(Reason::FixedConflict | Reason::Invalid)
                )
            {
                return Err(format!("request {r}: a fixed meeting was dropped"));
            }
            continue;
        };
        if let Some(fixed) = req.fixed {
            if fixed != *placement {
                return Err(format!(
                    "request {r}: fixed at {fixed:?}, moved to {placement:?}"
                ));
            }
        }
        if placement.slot >= problem.slots || placement.table >= problem.table_count() {
            return Err(format!("request {r}: {placement:?} does not exist"));
        }
        let bit: SlotSet = 1 << placement.slot;
        for p in [req.a, req.b] {
            if problem.participants[p].available & bit == 0 {
                return Err(format!(
                    "request {r}: participant {p} is not there in slot {}",
                    placement.slot
                ));
            }
            if busy[p] & bit != 0 {
                return Err(format!(
                    "request {r}: participant {p} has two meetings in slot {}",
                    placement.slot
                ));
            }
            busy[p] |= bit;
            count[p] += 1;
            if count[p] > problem.participants[p].max_meetings {
                return Err(format!(
                    "request {r}: participant {p} has more than {} meetings",
                    problem.participants[p].max_meetings
                ));
            }
        }
        if !tables_used.insert(*placement) {
            return Err(format!(
                "request {r}: table {} is taken twice in slot {}",
                placement.table, placement.slot
            ));
        }
        let interpreted = problem.is_interpreter_table(placement.table);
        if *interpreter_missing != (problem.needs_interpreter(r) && !interpreted) {
            return Err(format!("request {r}: interpreter flag wrong"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
