//! Gives each slot's meetings their tables: fixed meetings keep theirs, pairs without a shared
//! language get the interpreter tables first, everybody else ordinary tables first.

use super::build::{placed, unscheduled};
use super::{Outcome, Problem, Reason, Schedule};

/// Turns a slot per request into a full schedule (`reasons` explain the unplaced ones).
pub fn assign_tables(problem: &Problem, slots: &[Option<usize>], reasons: &[Reason]) -> Schedule {
    let mut outcomes: Vec<Outcome> = reasons.iter().map(|&reason| unscheduled(reason)).collect();
    let mut by_slot: Vec<Vec<usize>> = vec![Vec::new(); problem.slots];
    for (r, slot) in slots.iter().enumerate() {
        if let Some(s) = slot {
            by_slot[*s].push(r);
        }
    }
    for (s, requests) in by_slot.iter().enumerate() {
        let mut taken = vec![false; problem.table_count()];
        let mut rest: Vec<usize> = Vec::new();
        for &r in requests {
            match problem.requests[r].fixed {
                Some(fixed) if fixed.slot == s => {
                    taken[fixed.table] = true;
                    let missing =
                        problem.needs_interpreter(r) && !problem.is_interpreter_table(fixed.table);
                    outcomes[r] = placed(s, fixed.table, missing);
                }
                _ => rest.push(r),
            }
        }
        // Interpreter-needing pairs first, so they get the interpreter tables.
        rest.sort_by_key(|&r| (!problem.needs_interpreter(r), r));
        for r in rest {
            let needs = problem.needs_interpreter(r);
            let interpreter = (problem.tables..problem.table_count()).find(|&t| !taken[t]);
            let ordinary = (0..problem.tables).find(|&t| !taken[t]);
            let table = if needs {
                interpreter.or(ordinary)
            } else {
                ordinary.or(interpreter)
            };
            match table {
                Some(t) => {
                    taken[t] = true;
                    outcomes[r] = placed(s, t, needs && !problem.is_interpreter_table(t));
                }
                None => outcomes[r] = unscheduled(Reason::NoFreeSlot),
            }
        }
    }
    Schedule { outcomes }
}
