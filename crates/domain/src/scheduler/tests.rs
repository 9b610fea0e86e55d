use proptest::prelude::*;

use super::*;

fn person(slots: usize, max: u32, langs: &[&str]) -> Participant {
    Participant {
        available: all_slots(slots),
        max_meetings: max,
        languages: langs.iter().map(|l| language_bit(l)).fold(0, |a, b| a | b),
    }
}

fn req(a: usize, b: usize) -> Request {
    Request { a, b, fixed: None }
}

#[test]
fn a_triangle_with_one_table_fits_two_meetings_in_two_slots() {
    let p = Problem {
        slots: 2,
        tables: 1,
        interpreter_tables: 0,
        participants: vec![person(2, 9, &["de"]); 3],
        requests: vec![req(0, 1), req(0, 2), req(1, 2)],
    };
    let s = schedule(&p);
    check(&p, &s).unwrap();
    assert_eq!((s.scheduled(), upper_bound(&p)), (2, 2));
    assert!(s
        .outcomes
        .contains(&Outcome::Unscheduled(Reason::NoFreeSlot)));
}

#[test]
fn german_czech_pairs_without_a_common_language_get_the_interpreter_table() {
    let de = person(1, 9, &["de"]);
    let cs = person(1, 9, &["cs"]);
    let both = person(1, 9, &["de", "cs"]);
    let p = Problem {
        slots: 1,
        tables: 1,
        interpreter_tables: 1,
        participants: vec![both.clone(), de.clone(), de, cs],
        requests: vec![req(0, 1), req(2, 3)],
    };
    let s = schedule(&p);
    check(&p, &s).unwrap();
    assert_eq!(
        s.outcomes[1],
        Outcome::Scheduled {
            placement: Placement { slot: 0, table: 1 },
            interpreter_missing: false
        }
    );
    assert_eq!(
        s.outcomes[0],
        Outcome::Scheduled {
            placement: Placement { slot: 0, table: 0 },
            interpreter_missing: false
        }
    );
}

#[test]
fn without_a_free_interpreter_the_pair_still_meets_and_is_flagged() {
    let p = Problem {
        slots: 1,
        tables: 2,
        interpreter_tables: 0,
        participants: vec![person(1, 9, &["de"]), person(1, 9, &["cs"])],
        requests: vec![req(0, 1)],
    };
    let s = schedule(&p);
    check(&p, &s).unwrap();
    assert!(matches!(
        s.outcomes[0],
        Outcome::Scheduled {
            interpreter_missing: true,
            ..
        }
    ));
}

#[test]
fn fixed_meetings_stay_and_collisions_are_reported() {
    let mut p = Problem {
        slots: 3,
        tables: 2,
        interpreter_tables: 0,
        participants: vec![person(3, 9, &["de"]); 4],
        requests: vec![req(0, 1), req(0, 2), req(2, 3)],
    };
    p.requests[0].fixed = Some(Placement { slot: 1, table: 1 });
    p.requests[1].fixed = Some(Placement { slot: 1, table: 0 });
    let s = schedule(&p);
    check(&p, &s).unwrap();
    assert_eq!(
        s.outcomes[0],
        Outcome::Scheduled {
            placement: Placement { slot: 1, table: 1 },
            interpreter_missing: false
        }
    );
    assert_eq!(s.outcomes[1], Outcome::Unscheduled(Reason::FixedConflict));
    assert!(matches!(s.outcomes[2], Outcome::Scheduled { .. }));
}

#[test]
fn reasons_name_what_is_missing() {
    let mut early = person(4, 9, &["en"]);
    early.available = 0b0011;
    let mut late = person(4, 9, &["en"]);
    late.available = 0b1100;
    let p = Problem {
        slots: 4,
        tables: 5,
        interpreter_tables: 0,
        participants: vec![early, late, person(4, 1, &["en"]), person(4, 9, &["en"])],
        requests: vec![req(0, 1), req(2, 3), req(2, 0), req(3, 3), req(3, 9)],
    };
    let s = schedule(&p);
    check(&p, &s).unwrap();
    assert_eq!(s.outcomes[0], Outcome::Unscheduled(Reason::NoCommonSlot));
    assert_eq!(s.scheduled(), 1, "participant 2 allows one meeting");
    assert!(s.outcomes[1..3].contains(&Outcome::Unscheduled(Reason::MeetingLimit)));
    assert_eq!(s.outcomes[3], Outcome::Unscheduled(Reason::Invalid));
    assert_eq!(s.outcomes[4], Outcome::Unscheduled(Reason::Invalid));
}

/// The best possible number of meetings, by trying every slot (or none) for every request.
fn optimum(p: &Problem) -> usize {
    fn go(
        p: &Problem,
        r: usize,
        busy: &mut Vec<SlotSet>,
        count: &mut Vec<u32>,
        load: &mut Vec<usize>,
    ) -> usize {
        if r == p.requests.len() {
            return 0;
        }
        let mut best = go(p, r + 1, busy, count, load);
        let (a, b) = (p.requests[r].a, p.requests[r].b);
        if a == b
            || count[a] >= p.participants[a].max_meetings
            || count[b] >= p.participants[b].max_meetings
        {
            return best;
        }
        for s in 0..p.slots {
            let bit: SlotSet = 1 << s;
            if p.common_slots(r) & bit == 0
                || (busy[a] | busy[b]) & bit != 0
                || load[s] >= p.table_count()
            {
                continue;
            }
            busy[a] |= bit;
            busy[b] |= bit;
            count[a] += 1;
            count[b] += 1;
            load[s] += 1;
            best = best.max(1 + go(p, r + 1, busy, count, load));
            busy[a] &= !bit;
            busy[b] &= !bit;
            count[a] -= 1;
            count[b] -= 1;
            load[s] -= 1;
        }
        best
    }
    let n = p.participants.len();
    go(
        p,
        0,
        &mut vec![0; n],
        &mut vec![0; n],
        &mut vec![0; p.slots],
    )
}

fn problem(
    max_people: usize,
    max_requests: usize,
    max_slots: usize,
) -> impl Strategy<Value = Problem> {
    (2..=max_people, 1..=max_slots, 0..4usize, 0..2usize).prop_flat_map(
        move |(people, slots, tables, interpreters)| {
            let participant = (
                0..(1u32 << slots),
                1..4u32,
                prop::sample::select(vec![1u32, 2, 3, 4, 6]),
            )
                .prop_map(|(available, max_meetings, languages)| Participant {
                    available: available as SlotSet,
                    max_meetings,
                    languages,
                });
            let request = (
                0..people,
                0..people,
                prop::option::weighted(0.15, (0..slots, 0..(tables + interpreters).max(1))),
            )
                .prop_map(|(a, b, fixed)| Request {
                    a,
                    b,
                    fixed: fixed.map(|(slot, table)| Placement { slot, table }),
                });
            (
                prop::collection::vec(participant, people),
                prop::collection::vec(request, 0..=max_requests),
            )
                .prop_map(move |(participants, requests)| Problem {
                    slots,
                    tables,
                    interpreter_tables: interpreters,
                    participants,
                    requests,
                })
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_schedule_respects_every_rule(p in problem(12, 40, 6)) {
        let s = schedule(&p);
        prop_assert_eq!(check(&p, &s), Ok(()));
        let g = greedy(&p);
        prop_assert_eq!(check(&p, &g), Ok(()));
        prop_assert!(s.scheduled() >= g.scheduled());
        prop_assert!(s.scheduled() <= upper_bound(&p) + p.requests.iter().filter(|r| r.fixed.is_some()).count());
    }

    #[test]
    fn small_instances_reach_the_optimum(p in problem(5, 7, 3).prop_map(|mut p| { p.requests.iter_mut().for_each(|r| r.fixed = None); p })) {
        let s = schedule(&p);
        prop_assert_eq!(check(&p, &s), Ok(()));
        prop_assert_eq!(s.scheduled(), optimum(&p));
    }
}
