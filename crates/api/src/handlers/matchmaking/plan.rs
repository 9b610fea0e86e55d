//! Turns an event's participants, accepted requests, published meetings and settings into the
//! scheduler's `Problem`, and its `Schedule` back into draft entries.

use std::collections::HashMap;

use glokal_api_types::UnscheduledReason;
use glokal_domain::scheduler::{
    self, all_slots, language_bit, Outcome, Placement, Problem, Reason, Schedule, SlotSet,
};
use glokal_store::matchmaking::{DraftEntry, Meeting, Participant, Request, Settings};
use uuid::Uuid;

use super::profile;

/// A problem with the requests it was built from (same order).
pub struct Plan {
    pub problem: Problem,
    pub requests: Vec<Request>,
    /// Published meetings kept fixed.
    pub fixed: usize,
}

fn reason(reason: Reason) -> UnscheduledReason {
    match reason {
        Reason::Invalid => UnscheduledReason::Invalid,
        Reason::NoCommonSlot => UnscheduledReason::NoCommonSlot,
        Reason::MeetingLimit => UnscheduledReason::MeetingLimit,
        Reason::NoFreeSlot => UnscheduledReason::NoFreeSlot,
        Reason::FixedConflict => UnscheduledReason::FixedConflict,
    }
}

/// Builds the problem: every accepted request between two current participants, published
/// meetings fixed where they are.
pub fn build(
    settings: &Settings,
    participants: &[Participant],
    accepted: Vec<Request>,
    meetings: &[Meeting],
) -> Plan {
    let slots = settings.slots();
    let index: HashMap<Uuid, usize> = participants
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id(), i))
        .collect();
    let people = participants
        .iter()
        .map(|p| {
            let effective = profile::effective(p, &[]);
            let available: SlotSet = match &effective.available {
                None => all_slots(slots.len()),
                Some(starts) => profile::slot_indexes(starts, &slots)
                    .into_iter()
                    .fold(0, |set, i| set | (1 << i)),
            };
            let languages = effective
                .languages
                .iter()
                .fold(0, |bits, code| bits | language_bit(code));
            scheduler::Participant {
                available,
                max_meetings: effective
                    .max_meetings
                    .unwrap_or_else(|| settings.max_meetings()),
                languages,
            }
        })
        .collect();
    let published: HashMap<Uuid, Placement> = meetings
        .iter()
        .filter_map(|m| {
            let (slot, table, _) = m.published()?;
            Some((
                m.request_id,
                Placement {
                    slot: slot as usize,
                    table: table as usize,
                },
            ))
        })
        .collect();
    let mut requests = Vec::new();
    let mut problem_requests = Vec::new();
    let mut fixed = 0;
    for request in accepted {
        let (Some(&a), Some(&b)) = (
            index.get(&request.sender_id),
            index.get(&request.recipient_id),
        ) else {
            continue;
        };
        let placement = published.get(&request.id).copied();
        fixed += usize::from(placement.is_some());
        problem_requests.push(scheduler::Request {
            a,
            b,
            fixed: placement,
        });
        requests.push(request);
    }
    Plan {
        problem: Problem {
            slots: slots.len(),
            tables: settings.tables() as usize,
            interpreter_tables: settings.interpreter_tables() as usize,
            participants: people,
            requests: problem_requests,
        },
        requests,
        fixed,
    }
}

/// The scheduler's result as draft entries (request order).
pub fn entries(plan: &Plan, schedule: &Schedule) -> Vec<DraftEntry> {
    plan.requests
        .iter()
        .zip(&schedule.outcomes)
        .map(|(request, outcome)| DraftEntry {
            request_id: request.id,
            outcome: match *outcome {
                Outcome::Scheduled {
                    placement,
                    interpreter_missing,
                } => Ok((
                    placement.slot as u32,
                    placement.table as u32,
                    interpreter_missing,
                )),
                Outcome::Unscheduled(r) => Err(reason(r)),
            },
        })
        .collect()
}
