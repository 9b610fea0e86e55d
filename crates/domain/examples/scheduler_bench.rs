//! Benchmark of the Kooperationsbörse scheduler (run by `cargo xtask bench scheduler`): generated
//! events of realistic and large size, the scheduler against the first-come-first-served greedy
//! baseline in the same run, meetings against the upper bound, median times over several runs.

use std::time::{Duration, Instant};

use glokal_domain::scheduler::{self, all_slots, language_bit, Participant, Problem, Request};

/// SplitMix64: a small, seedable generator (the benchmark must be repeatable).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// A plausible event: half German, half Czech participants; most stay all day, some arrive late,
/// leave early or block a slot; 6–12 meetings each; requests favour popular participants and
/// cross the border two times in three.
fn generate(
    seed: u64,
    people: usize,
    requests: usize,
    slots: usize,
    tables: usize,
    interpreters: usize,
) -> Problem {
    let mut rng = Rng(seed);
    let participants: Vec<Participant> = (0..people)
        .map(|i| {
            let german = i % 2 == 0;
            let mut languages = if german {
                language_bit("de")
            } else {
                language_bit("cs")
            };
            if rng.chance(if german { 60 } else { 50 }) {
                languages |= language_bit("en");
            }
            if rng.chance(if german { 8 } else { 35 }) {
                languages |= if german {
                    language_bit("cs")
                } else {
                    language_bit("de")
                };
            }
            let mut available = all_slots(slots);
            if rng.chance(20) {
                let from = rng.below(slots / 2);
                available &= !all_slots(from);
            }
            if rng.chance(20) {
                let until = slots / 2 + rng.below(slots / 2);
                available &= all_slots(until);
            }
            if rng.chance(25) {
                available &= !(1 << rng.below(slots));
            }
            Participant {
                available,
                max_meetings: 6 + rng.below(7) as u32,
                languages,
            }
        })
        .collect();
    // Popularity: a few participants are asked much more often (1/(rank+5) weights).
    let weights: Vec<f64> = (0..people).map(|rank| 1.0 / (rank as f64 + 5.0)).collect();
    let total: f64 = weights.iter().sum();
    let pick = |rng: &mut Rng| {
        let mut x = (rng.next() as f64 / u64::MAX as f64) * total;
        for (i, w) in weights.iter().enumerate() {
            x -= w;
            if x <= 0.0 {
                return i;
            }
        }
        people - 1
    };
    let mut seen = std::collections::HashSet::new();
    let mut list = Vec::with_capacity(requests);
    while list.len() < requests {
        let a = rng.below(people);
        let mut b = if rng.chance(50) {
            pick(&mut rng)
        } else {
            rng.below(people)
        };
        if rng.chance(67) && a % 2 == b % 2 {
            b = (b + 1) % people;
        }
        if a == b || !seen.insert((a.min(b), a.max(b))) {
            continue;
        }
        list.push(Request { a, b, fixed: None });
    }
    Problem {
        slots,
        tables: tables - interpreters,
        interpreter_tables: interpreters,
        participants,
        requests: list,
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let cases = [
        ("realistic", 150, 600, 18, 40, 4),
        ("large", 600, 4_000, 24, 150, 12),
        // Fewer tables than meetings could fill: tables, not limits, bind.
        ("tight", 600, 4_000, 24, 90, 8),
    ];
    let runs = 5;
    println!(
        "{:<10} {:>12} {:>8} {:>11} {:>11} {:>8} {:>11} {:>11} {:>9}",
        "case",
        "people/reqs",
        "bound",
        "scheduler",
        "% of bound",
        "time",
        "greedy",
        "% of bound",
        "time"
    );
    for (name, people, requests, slots, tables, interpreters) in cases {
        for seed in [1, 2, 3] {
            let problem = generate(seed, people, requests, slots, tables, interpreters);
            let bound = scheduler::upper_bound(&problem);
            let mut times = Vec::new();
            let mut result = None;
            for _ in 0..runs {
                let start = Instant::now();
                let schedule = scheduler::schedule(&problem);
                times.push(start.elapsed());
                result = Some(schedule);
            }
            let schedule = result.expect("ran");
            scheduler::check(&problem, &schedule).expect("the schedule keeps every rule");
            let mut greedy_times = Vec::new();
            let mut greedy = None;
            for _ in 0..runs {
                let start = Instant::now();
                greedy = Some(scheduler::greedy(&problem));
                greedy_times.push(start.elapsed());
            }
            let greedy = greedy.expect("ran");
            let mut reasons = std::collections::BTreeMap::new();
            for o in &schedule.outcomes {
                if let scheduler::Outcome::Unscheduled(r) = o {
                    *reasons.entry(format!("{r:?}")).or_insert(0) += 1;
                }
            }
            let percent = |n: usize| 100.0 * n as f64 / bound.max(1) as f64;
            println!(
                "{:<10} {:>12} {:>8} {:>11} {:>10.1}% {:>7.0}ms {:>11} {:>10.1}% {:>7.1}ms",
                format!("{name}#{seed}"),
                format!("{people}/{requests}"),
                bound,
                schedule.scheduled(),
                percent(schedule.scheduled()),
                median(times).as_secs_f64() * 1000.0,
                greedy.scheduled(),
                percent(greedy.scheduled()),
                median(greedy_times).as_secs_f64() * 1000.0,
            );
            println!("{:<10} unscheduled: {reasons:?}", "");
        }
    }
    println!("(median of {runs} runs each; slots/tables: realistic 18/40 incl. 4 interpreter tables, large 24/150 incl. 12, tight 24/90 incl. 8)");
}
