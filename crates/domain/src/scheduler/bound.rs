//! Upper bound on the number of meetings: the fractional b-matching (each participant in at most
//! min(max meetings, slots present) meetings) as a maximum flow on the bipartite double cover,
//! halved; and per slot, the tables and half the participants present.

use super::{all_slots, Problem};

/// Dinic's maximum flow on a small graph.
struct Flow {
    head: Vec<usize>,
    next: Vec<usize>,
    to: Vec<usize>,
    cap: Vec<i64>,
    level: Vec<i32>,
    cursor: Vec<usize>,
}

const NONE: usize = usize::MAX;

impl Flow {
    fn new(nodes: usize) -> Self {
        Flow {
            head: vec![NONE; nodes],
            next: Vec::new(),
            to: Vec::new(),
            cap: Vec::new(),
            level: vec![0; nodes],
            cursor: vec![0; nodes],
        }
    }

    fn edge(&mut self, from: usize, to: usize, cap: i64) {
        for (a, b, c) in [(from, to, cap), (to, from, 0)] {
            self.to.push(b);
            self.cap.push(c);
            self.next.push(self.head[a]);
            self.head[a] = self.to.len() - 1;
        }
    }

    fn bfs(&mut self, source: usize, sink: usize) -> bool {
        self.level.iter_mut().for_each(|l| *l = -1);
        self.level[source] = 0;
        let mut queue = std::collections::VecDeque::from([source]);
        while let Some(v) = queue.pop_front() {
            let mut e = self.head[v];
            while e != NONE {
                if self.cap[e] > 0 && self.level[self.to[e]] < 0 {
                    self.level[self.to[e]] = self.level[v] + 1;
                    queue.push_back(self.to[e]);
                }
                e = self.next[e];
            }
        }
        self.level[sink] >= 0
    }

    fn dfs(&mut self, v: usize, sink: usize, pushed: i64) -> i64 {
        if v == sink {
            return pushed;
        }
        while self.cursor[v] != NONE {
            let e = self.cursor[v];
            let w = self.to[e];
            if self.cap[e] > 0 && self.level[w] == self.level[v] + 1 {
                let got = self.dfs(w, sink, pushed.min(self.cap[e]));
                if got > 0 {
                    self.cap[e] -= got;
                    self.cap[e ^ 1] += got;
                    return got;
                }
            }
            self.cursor[v] = self.next[e];
        }
        0
    }

    fn max_flow(&mut self, source: usize, sink: usize) -> i64 {
        let mut total = 0;
        while self.bfs(source, sink) {
            self.cursor.clone_from(&self.head);
            loop {
                let pushed = self.dfs(source, sink, i64::MAX);
                if pushed == 0 {
                    break;
                }
                total += pushed;
            }
        }
        total
    }
}

/// See the module documentation.
pub fn upper_bound(problem: &Problem) -> usize {
    let n = problem.participants.len();
    let present = |i: usize| {
        (problem.participants[i].available & all_slots(problem.slots)).count_ones() as i64
    };
    let usable: Vec<usize> = (0..problem.requests.len())
        .filter(|&r| {
            let req = &problem.requests[r];
            req.a < n && req.b < n && req.a != req.b && problem.common_slots(r) != 0
        })
        .collect();
    // Nodes: source, sink, left copies 2.., right copies 2+n..
    let (source, sink) = (0, 1);
    let mut flow = Flow::new(2 + 2 * n);
    for (i, p) in problem.participants.iter().enumerate() {
        let cap = (p.max_meetings as i64).min(present(i));
        flow.edge(source, 2 + i, cap);
        flow.edge(2 + n + i, sink, cap);
    }
    let mut active = vec![false; n];
    for &r in &usable {
        let req = &problem.requests[r];
        flow.edge(2 + req.a, 2 + n + req.b, 1);
        flow.edge(2 + req.b, 2 + n + req.a, 1);
        active[req.a] = true;
        active[req.b] = true;
    }
    let matching = (flow.max_flow(source, sink) / 2) as usize;
    let table_bound: usize = (0..problem.slots)
        .map(|s| {
            let here = (0..n)
                .filter(|&i| active[i] && problem.participants[i].available >> s & 1 == 1)
                .count();
            (here / 2).min(problem.table_count())
        })
        .sum();
    usable.len().min(matching).min(table_bound)
}
