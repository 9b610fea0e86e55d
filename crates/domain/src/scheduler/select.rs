//! Which requests to aim for when meeting limits bind: a large b-matching (each participant in at
//! most min(max meetings, slots present) selected requests), grown from a greedy start by
//! augmenting alternating paths. The slot assignment then places selected requests first.

use std::collections::VecDeque;

use super::{all_slots, Problem};

/// `selected[r]` for every request; unusable requests (`usable[r] == false`) are never selected.
pub fn select(problem: &Problem, usable: &[bool], already: &[bool]) -> Vec<bool> {
    let n = problem.participants.len();
    let cap: Vec<usize> = problem
        .participants
        .iter()
        .map(|p| {
            (p.max_meetings as usize)
                .min((p.available & all_slots(problem.slots)).count_ones() as usize)
        })
        .collect();
    let mut adjacent: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (r, req) in problem.requests.iter().enumerate() {
        if usable[r] {
            adjacent[req.a].push(r);
            adjacent[req.b].push(r);
        }
    }
    let mut selected = already.to_vec();
    let mut degree = vec![0usize; n];
    for (r, req) in problem.requests.iter().enumerate() {
        if selected[r] {
            degree[req.a] += 1;
            degree[req.b] += 1;
        }
    }
    // Greedy start: requests between participants with the least competition first.
    let mut order: Vec<usize> = (0..problem.requests.len())
        .filter(|&r| usable[r] && !selected[r])
        .collect();
    let pressure = |v: usize| adjacent[v].len() as f64 / cap[v].max(1) as f64;
    order.sort_by(|&x, &y| {
        let px = pressure(problem.requests[x].a) + pressure(problem.requests[x].b);
        let py = pressure(problem.requests[y].a) + pressure(problem.requests[y].b);
        px.total_cmp(&py).then(x.cmp(&y))
    });
    for r in order {
        let req = &problem.requests[r];
        if degree[req.a] < cap[req.a] && degree[req.b] < cap[req.b] {
            selected[r] = true;
            degree[req.a] += 1;
            degree[req.b] += 1;
        }
    }
    // Augment: an alternating path from a participant with room to another one with room,
    // entering over unselected and leaving over selected requests; flipping it adds one.
    let other = |r: usize, v: usize| {
        if problem.requests[r].a == v {
            problem.requests[r].b
        } else {
            problem.requests[r].a
        }
    };
    loop {
        let mut improved = false;
        for start in 0..n {
            if degree[start] >= cap[start] {
                continue;
            }
            // State: (vertex, arrived over a selected request?) → (previous state, request).
            let mut parent: Vec<[Option<(usize, bool, usize)>; 2]> = vec![[None, None]; n];
            let mut seen = vec![[false; 2]; n];
            seen[start][1] = true;
            let mut queue = VecDeque::from([(start, true)]);
            let mut end = None;
            'search: while let Some((v, via_selected)) = queue.pop_front() {
                for &r in &adjacent[v] {
                    // After a selected request (or at the start) leave over an unselected one, and vice versa.
                    if selected[r] == via_selected {
                        continue;
                    }
                    let w = other(r, v);
                    let state = usize::from(selected[r]);
                    if seen[w][state] {
                        continue;
                    }
                    seen[w][state] = true;
                    parent[w][state] = Some((v, via_selected, r));
                    if !selected[r] && w != start && degree[w] < cap[w] {
                        end = Some((w, false));
                        break 'search;
                    }
                    queue.push_back((w, selected[r]));
                }
            }
            let Some((mut v, mut state)) = end else {
                continue;
            };
            let mut path = Vec::new();
            while let Some((prev, prev_state, r)) = parent[v][usize::from(state)] {
                path.push(r);
                v = prev;
                state = prev_state;
                if v == start && state {
                    break;
                }
            }
            let mut unique = path.clone();
            unique.sort_unstable();
            unique.dedup();
            if unique.len() != path.len() {
                continue;
            }
            for &r in &path {
                selected[r] = !selected[r];
            }
            degree.iter_mut().for_each(|d| *d = 0);
            for (r, req) in problem.requests.iter().enumerate() {
                if selected[r] {
                    degree[req.a] += 1;
                    degree[req.b] += 1;
                }
            }
            if (0..n).any(|v| degree[v] > cap[v]) {
                // An odd cycle made the path invalid: undo.
                for &r in &path {
                    selected[r] = !selected[r];
                }
                degree.iter_mut().for_each(|d| *d = 0);
                for (r, req) in problem.requests.iter().enumerate() {
                    if selected[r] {
                        degree[req.a] += 1;
                        degree[req.b] += 1;
                    }
                }
                continue;
            }
            improved = true;
        }
        if !improved {
            return selected;
        }
    }
}
