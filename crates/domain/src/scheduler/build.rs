//! Slot assignment: most-constrained-first construction, ejection-chain repair, and the
//! first-come-first-served baseline. Tables are given out afterwards (`tables.rs`).

use super::select::select;
use super::tables::assign_tables;
use super::{all_slots, Outcome, Placement, Problem, Reason, Schedule, SlotSet};

/// How deep a repair may push meetings out of the way (each level tries every slot).
const REPAIR_DEPTH: u32 = 3;
/// At most this many meetings per full slot are tried as making room for a table.
const TABLE_EJECTIONS: usize = 16;
/// Repair passes over the unscheduled requests (stops early when a pass changes nothing).
const REPAIR_PASSES: usize = 4;

/// An undoable change, for rolling back a failed repair attempt.
#[derive(Clone, Copy)]
enum Change {
    Placed(usize),
    Removed(usize, usize),
}

/// Slot assignment under construction.
struct State<'a> {
    p: &'a Problem,
    busy: Vec<SlotSet>,
    count: Vec<u32>,
    slot_of: Vec<Option<usize>>,
    /// Requests per participant (for "who occupies p at slot s").
    of_participant: Vec<Vec<usize>>,
    /// Requests per slot.
    in_slot: Vec<Vec<usize>>,
    /// Interpreter-needing meetings per slot.
    interpreted: Vec<usize>,
    /// Slots with every table in use.
    full: SlotSet,
    /// Per participant and slot: how many unplaced requests of theirs could use the slot.
    pressure: Vec<Vec<u16>>,
    fixed: Vec<bool>,
    needs_interpreter: Vec<bool>,
    common: Vec<SlotSet>,
    /// Requests that can never be placed, with the reason.
    rejected: Vec<Option<Reason>>,
    /// Number of placed requests.
    placed: usize,
    log: Vec<Change>,
}

impl<'a> State<'a> {
    fn new(p: &'a Problem) -> Self {
        let n = p.participants.len();
        let mut of_participant = vec![Vec::new(); n];
        let mut rejected = vec![None; p.requests.len()];
        let mut common = vec![0; p.requests.len()];
        let mut needs_interpreter = vec![false; p.requests.len()];
        for (r, req) in p.requests.iter().enumerate() {
            if req.a >= n || req.b >= n || req.a == req.b {
                rejected[r] = Some(Reason::Invalid);
                continue;
            }
            of_participant[req.a].push(r);
            of_participant[req.b].push(r);
            common[r] = p.common_slots(r);
            needs_interpreter[r] = p.needs_interpreter(r);
            if common[r] == 0 && req.fixed.is_none() {
                rejected[r] = Some(Reason::NoCommonSlot);
            }
        }
        let mut state = State {
            p,
            busy: vec![0; n],
            count: vec![0; n],
            slot_of: vec![None; p.requests.len()],
            of_participant,
            in_slot: vec![Vec::new(); p.slots],
            interpreted: vec![0; p.slots],
            full: if p.table_count() == 0 {
                all_slots(p.slots)
            } else {
                0
            },
            pressure: vec![vec![0; p.slots]; n],
            fixed: vec![false; p.requests.len()],
            needs_interpreter,
            common,
            rejected,
            placed: 0,
            log: Vec::new(),
        };
        for r in 0..p.requests.len() {
            if state.rejected[r].is_none() {
                state.add_pressure(r, 1);
            }
        }
        state
    }

    fn add_pressure(&mut self, r: usize, delta: i32) {
        let (a, b) = (self.p.requests[r].a, self.p.requests[r].b);
        let mut bits = self.common[r];
        while bits != 0 {
            let s = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            for v in [a, b] {
                self.pressure[v][s] = (self.pressure[v][s] as i32 + delta).max(0) as u16;
            }
        }
    }

    fn within_limits(&self, r: usize) -> bool {
        let req = &self.p.requests[r];
        self.count[req.a] < self.p.participants[req.a].max_meetings
            && self.count[req.b] < self.p.participants[req.b].max_meetings
    }

    /// Slots where request `r` could go right now.
    fn free_slots(&self, r: usize) -> SlotSet {
        let req = &self.p.requests[r];
        self.common[r] & !self.busy[req.a] & !self.busy[req.b] & !self.full
    }

    fn place(&mut self, r: usize, s: usize) {
        let req = &self.p.requests[r];
        let bit: SlotSet = 1 << s;
        self.busy[req.a] |= bit;
        self.busy[req.b] |= bit;
        self.count[req.a] += 1;
        self.count[req.b] += 1;
        self.slot_of[r] = Some(s);
        self.placed += 1;
        self.in_slot[s].push(r);
        if self.needs_interpreter[r] {
            self.interpreted[s] += 1;
        }
        if self.in_slot[s].len() >= self.p.table_count() {
            self.full |= bit;
        }
        self.log.push(Change::Placed(r));
    }

    fn remove(&mut self, r: usize) {
        let Some(s) = self.slot_of[r] else { return };
        let req = &self.p.requests[r];
        let bit: SlotSet = 1 << s;
        self.busy[req.a] &= !bit;
        self.busy[req.b] &= !bit;
        self.count[req.a] -= 1;
        self.count[req.b] -= 1;
        self.slot_of[r] = None;
        self.placed -= 1;
        if let Some(i) = self.in_slot[s].iter().position(|&x| x == r) {
            self.in_slot[s].swap_remove(i);
        }
        if self.needs_interpreter[r] {
            self.interpreted[s] -= 1;
        }
        self.full &= !bit;
        self.log.push(Change::Removed(r, s));
    }

    fn rollback(&mut self, mark: usize) {
        while self.log.len() > mark {
            match self.log.pop() {
                Some(Change::Placed(r)) => {
                    self.remove(r);
                    self.log.pop();
                }
                Some(Change::Removed(r, s)) => {
                    self.place(r, s);
                    self.log.pop();
                }
                None => break,
            }
        }
    }

    /// The free slot for `r` that hurts the others least: little pressure from the two sides'
    /// other open requests, an interpreter table left if needed, then the emptier slot.
    fn best_free_slot(&self, r: usize) -> Option<usize> {
        let req = &self.p.requests[r];
        let mut bits = self.free_slots(r);
        let mut best: Option<(u64, usize)> = None;
        while bits != 0 {
            let s = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let mut cost = (self.pressure[req.a][s] as u64 + self.pressure[req.b][s] as u64) * 1024;
            if self.needs_interpreter[r] && self.interpreted[s] >= self.p.interpreter_tables {
                cost += 1 << 40;
            }
            cost += self.in_slot[s].len() as u64;
            if best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, s));
            }
        }
        best.map(|(_, s)| s)
    }

    /// The request occupying participant `v` in slot `s`, if any.
    fn occupant(&self, v: usize, s: usize) -> Option<usize> {
        if self.busy[v] >> s & 1 == 0 {
            return None;
        }
        self.of_participant[v]
            .iter()
            .copied()
            .find(|&r| self.slot_of[r] == Some(s))
    }

    /// Places `r`, moving up to `depth` levels of other meetings out of the way.
    fn insert(&mut self, r: usize, depth: u32, moving: &mut Vec<usize>) -> bool {
        if !self.within_limits(r) {
            return false;
        }
        if let Some(s) = self.best_free_slot(r) {
            self.place(r, s);
            return true;
        }
        if depth == 0 {
            return false;
        }
        let req = &self.p.requests[r];
        let (a, b) = (req.a, req.b);
        // Slots with the fewest meetings in the way first.
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        let mut bits = self.common[r];
        while bits != 0 {
            let s = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let blockers = usize::from(self.busy[a] >> s & 1 == 1)
                + usize::from(self.busy[b] >> s & 1 == 1)
                + usize::from(self.full >> s & 1 == 1);
            candidates.push((blockers, s));
        }
        candidates.sort_unstable();
        for (_, s) in candidates {
            let mut out: Vec<usize> = [self.occupant(a, s), self.occupant(b, s)]
                .into_iter()
                .flatten()
                .collect();
            out.dedup();
            if out.iter().any(|&c| self.fixed[c] || moving.contains(&c)) {
                continue;
            }
            let mark = self.log.len();
            for &c in &out {
                self.remove(c);
            }
            if self.full >> s & 1 == 1 {
                // Still no table: move some other meeting of this slot to a free slot.
                let movable = self.in_slot[s].iter().copied().find(|&m| {
                    !self.fixed[m] && !moving.contains(&m) && {
                        let others = self.free_slots(m) & !(1 << s);
                        others != 0
                    }
                });
                match movable {
                    Some(m) => {
                        self.remove(m);
                        let target = (self.free_slots(m) & !(1 << s)).trailing_zeros() as usize;
                        self.place(m, target);
                    }
                    None => {
                        self.rollback(mark);
                        continue;
                    }
                }
            }
            self.place(r, s);
            moving.push(r);
            let mut ok = true;
            for &c in &out {
                if !self.insert(c, depth - 1, moving) {
                    ok = false;
                    break;
                }
            }
            moving.pop();
            if ok {
                return true;
            }
            self.rollback(mark);
        }
        false
    }

    fn into_schedule(self) -> Schedule {
        let slots: Vec<Option<usize>> = self.slot_of.clone();
        let reasons: Vec<Reason> = (0..self.p.requests.len())
            .map(|r| {
                self.rejected[r].unwrap_or_else(|| {
                    if self.within_limits(r) {
                        Reason::NoFreeSlot
                    } else {
                        Reason::MeetingLimit
                    }
                })
            })
            .collect();
        assign_tables(self.p, &slots, &reasons)
    }
}

/// Puts the fixed (published) meetings first; collisions among them are reported.
fn place_fixed(state: &mut State) {
    let p = state.p;
    let mut tables_taken = std::collections::HashSet::new();
    for (r, req) in p.requests.iter().enumerate() {
        let Some(fixed) = req.fixed else { continue };
        if state.rejected[r].is_some() {
            continue;
        }
        state.add_pressure(r, -1);
        let bit: SlotSet = 1 << fixed.slot.min(127);
        let valid =
            fixed.slot < p.slots && fixed.table < p.table_count() && state.common[r] & bit != 0;
        if !valid {
            state.rejected[r] = Some(Reason::Invalid);
            continue;
        }
        let collides = state.busy[req.a] & bit != 0
            || state.busy[req.b] & bit != 0
            || !tables_taken.insert((fixed.slot, fixed.table));
        if collides || !state.within_limits(r) {
            state.rejected[r] = Some(Reason::FixedConflict);
            continue;
        }
        state.place(r, fixed.slot);
        state.fixed[r] = true;
    }
}

/// Search nodes the exact solver may visit before it gives up (then the heuristic result stands).
const EXACT_BUDGET: usize = 200_000;

/// Branch and bound over the open requests (place in a free slot, or leave out); `None` when
/// the budget runs out before the search space is exhausted. Small events get the proven optimum.
fn exact(state: &mut State, open: &[usize], at_least: usize) -> Option<Vec<Option<usize>>> {
    struct Search {
        best: usize,
        best_slots: Option<Vec<Option<usize>>>,
        nodes: usize,
    }
    fn go(state: &mut State, open: &[usize], i: usize, search: &mut Search) -> bool {
        search.nodes += 1;
        if search.nodes > EXACT_BUDGET {
            return false;
        }
        if state.placed + (open.len() - i) <= search.best {
            return true;
        }
        if i == open.len() {
            search.best = state.placed;
            search.best_slots = Some(state.slot_of.clone());
            return true;
        }
        let r = open[i];
        if state.within_limits(r) {
            let mut bits = state.free_slots(r);
            while bits != 0 {
                let s = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                state.place(r, s);
                let finished = go(state, open, i + 1, search);
                state.remove(r);
                if !finished {
                    return false;
                }
            }
        }
        go(state, open, i + 1, search)
    }
    let mut search = Search {
        best: at_least,
        best_slots: None,
        nodes: 0,
    };
    let finished = go(state, open, 0, &mut search);
    state.log.clear();
    if finished {
        Some(search.best_slots.unwrap_or_else(|| state.slot_of.clone()))
    } else {
        None
    }
}

/// Most-constrained-first construction, then ejection-chain repair; small events are then
/// solved exactly when the search finishes within its budget.
pub fn construct_and_repair(problem: &Problem) -> Schedule {
    let heuristic = heuristic(problem);
    let mut state = State::new(problem);
    place_fixed(&mut state);
    let mut open: Vec<usize> = (0..problem.requests.len())
        .filter(|&r| state.rejected[r].is_none() && !state.fixed[r])
        .collect();
    open.sort_by_key(|&r| state.common[r].count_ones());
    let found = heuristic.placed;
    if found >= super::bound::upper_bound(problem) {
        return heuristic.into_schedule();
    }
    match exact(&mut state, &open, found) {
        Some(slots) if slots.iter().filter(|s| s.is_some()).count() > found => {
            for r in open {
                if let Some(s) = slots[r] {
                    state.place(r, s);
                }
            }
            state.log.clear();
            state.into_schedule()
        }
        _ => heuristic.into_schedule(),
    }
}

/// The heuristic slot assignment.
fn heuristic(problem: &Problem) -> State<'_> {
    let mut state = State::new(problem);
    place_fixed(&mut state);
    let mut open: Vec<usize> = (0..problem.requests.len())
        .filter(|&r| state.rejected[r].is_none() && state.slot_of[r].is_none() && !state.fixed[r])
        .collect();
    // Aim for a large selection that meeting limits allow; the rest fills gaps afterwards.
    let usable: Vec<bool> = (0..problem.requests.len())
        .map(|r| state.rejected[r].is_none())
        .collect();
    let selected = select(problem, &usable, &state.fixed);
    let mut waiting: Vec<usize> = Vec::new();
    while !open.is_empty() {
        // The request with the fewest free slots (ties: more open requests of the two sides).
        let (i, _) = open
            .iter()
            .enumerate()
            .map(|(i, &r)| {
                let req = &problem.requests[r];
                let free = if state.within_limits(r) {
                    state.free_slots(r).count_ones()
                } else {
                    u32::MAX
                };
                let load = state.of_participant[req.a].len() + state.of_participant[req.b].len();
                (i, (!selected[r], free, usize::MAX - load))
            })
            .min_by_key(|&(_, key)| key)
            .expect("open is not empty");
        let r = open.swap_remove(i);
        state.add_pressure(r, -1);
        match state.best_free_slot(r).filter(|_| state.within_limits(r)) {
            Some(s) => state.place(r, s),
            None => waiting.push(r),
        }
    }
    // Stop improving as soon as the upper bound is reached: the schedule is then optimal.
    let bound = super::bound::upper_bound(problem);
    for _ in 0..REPAIR_PASSES {
        if state.placed >= bound {
            break;
        }
        let before = waiting.len();
        let mut still = Vec::new();
        for r in waiting {
            let mut moving = Vec::new();
            let mark = state.log.len();
            if !state.insert(r, REPAIR_DEPTH, &mut moving) {
                state.rollback(mark);
                still.push(r);
            }
        }
        waiting = still;
        if waiting.len() == before {
            break;
        }
    }
    waiting.retain(|&r| state.rejected[r].is_none());
    if state.placed < bound {
        exchange(&mut state, &mut waiting, bound);
    }
    state.log.clear();
    state
}

/// One-for-more exchanges: a waiting request takes the place of the meetings in its way (those
/// of its participants in one slot, or of a participant at their meeting limit) when that lets
/// more waiting requests in than it pushes out.
fn exchange(state: &mut State, waiting: &mut Vec<usize>, bound: usize) {
    let mut improved = true;
    while improved && state.placed < bound {
        improved = false;
        let mut i = 0;
        while i < waiting.len() {
            let r = waiting[i];
            if state.slot_of[r].is_some() {
                waiting.swap_remove(i);
                continue;
            }
            if try_exchanges(state, r, waiting) {
                waiting.retain(|w| state.slot_of[*w].is_none());
                improved = true;
                if state.placed >= bound {
                    return;
                }
            } else {
                i += 1;
            }
        }
    }
}

/// The sets of meetings that could make room for `r`.
fn ejection_sets(state: &State, r: usize) -> Vec<Vec<usize>> {
    let p = state.p;
    let req = &p.requests[r];
    let movable = |e: &usize| state.slot_of[*e].is_some() && !state.fixed[*e];
    let mut sets: Vec<Vec<usize>> = Vec::new();
    let saturated: Vec<usize> = [req.a, req.b]
        .into_iter()
        .filter(|&v| state.count[v] >= p.participants[v].max_meetings)
        .collect();
    if saturated.is_empty() {
        let mut bits = state.common[r];
        while bits != 0 {
            let s = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let mut set: Vec<usize> = [state.occupant(req.a, s), state.occupant(req.b, s)]
                .into_iter()
                .flatten()
                .collect();
            set.dedup();
            if !set.is_empty() && set.iter().all(movable) {
                sets.push(set);
            } else if set.is_empty() && state.full >> s & 1 == 1 {
                // Both are free but every table is taken: give one table's meeting up.
                sets.extend(
                    state.in_slot[s]
                        .iter()
                        .copied()
                        .filter(movable)
                        .take(TABLE_EJECTIONS)
                        .map(|m| vec![m]),
                );
            }
        }
    } else {
        let choices: Vec<Vec<usize>> = saturated
            .iter()
            .map(|&v| {
                state.of_participant[v]
                    .iter()
                    .copied()
                    .filter(movable)
                    .collect()
            })
            .collect();
        match choices.as_slice() {
            [one] => sets.extend(one.iter().map(|&e| vec![e])),
            [x, y] => sets.extend(x.iter().flat_map(|&e| {
                y.iter()
                    .map(move |&f| if e == f { vec![e] } else { vec![e, f] })
            })),
            _ => {}
        }
    }
    sets
}

/// Tries each ejection set for `r`; keeps the first that raises the number of meetings.
fn try_exchanges(state: &mut State, r: usize, waiting: &[usize]) -> bool {
    let p = state.p;
    for ejected in ejection_sets(state, r) {
        let before = state.placed;
        let mark = state.log.len();
        for &e in &ejected {
            state.remove(e);
        }
        let mut moving = Vec::new();
        if !state.insert(r, REPAIR_DEPTH, &mut moving) {
            state.rollback(mark);
            continue;
        }
        // Whoever got room may take another waiting request; the ejected try to come back.
        let freed: Vec<usize> = ejected
            .iter()
            .flat_map(|&e| [p.requests[e].a, p.requests[e].b])
            .collect();
        for &w in waiting.iter().chain(ejected.iter()) {
            let wr = &p.requests[w];
            if state.slot_of[w].is_some() || !(freed.contains(&wr.a) || freed.contains(&wr.b)) {
                continue;
            }
            let mark_w = state.log.len();
            let mut moving = Vec::new();
            if !state.insert(w, 1, &mut moving) {
                state.rollback(mark_w);
            }
        }
        if state.placed > before {
            return true;
        }
        state.rollback(mark);
    }
    false
}

/// First come, first served, earliest slot.
pub fn greedy(problem: &Problem) -> Schedule {
    let mut state = State::new(problem);
    place_fixed(&mut state);
    for r in 0..problem.requests.len() {
        if state.rejected[r].is_some() || state.fixed[r] || !state.within_limits(r) {
            continue;
        }
        let free = state.free_slots(r);
        if free != 0 {
            state.place(r, free.trailing_zeros() as usize);
        }
    }
    state.log.clear();
    state.into_schedule()
}

/// Outcome of an unplaced request (used by `tables.rs`).
pub(super) fn unscheduled(reason: Reason) -> Outcome {
    Outcome::Unscheduled(reason)
}

/// A placement value (used by `tables.rs`).
pub(super) fn placed(slot: usize, table: usize, interpreter_missing: bool) -> Outcome {
    Outcome::Scheduled {
        placement: Placement { slot, table },
        interpreter_missing,
    }
}
