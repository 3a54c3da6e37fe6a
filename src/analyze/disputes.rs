//! Disputes: contradiction pairs grouped into contested propositions with two sides.
//!
//! The contradiction graph's connected components are disputes. Sides come from a weighted
//! two-way split of each component: one speaker's claims in one document stand together (a
//! *voice*), the split starts from a maximum spanning tree of the strongest contradictions between
//! voices (a tree always splits cleanly) and then moves any voice whose move cuts more
//! contradiction weight than it uncuts. The proposition is the most contradicted claim's content,
//! and its side is the one in favour.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::report::{ClaimRef, Dispute, Side, StanceLabel};

/// One dispute over unit indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grouped {
    /// The unit whose content states the proposition.
    pub anchor: usize,
    /// Units asserting the proposition (the anchor's side).
    pub favor: Vec<usize>,
    /// Units contradicting it.
    pub against: Vec<usize>,
    /// Indices into the edge list.
    pub edges: Vec<usize>,
}

/// A contradiction between two units with its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// One unit.
    pub a: usize,
    /// The other unit.
    pub b: usize,
    /// How sure (the pair score).
    pub weight: f32,
}

/// The report's disputes ("p1", "p2", ... in `grouped` order) for grouped units: `claim` and
/// `speaker` describe a unit, `proposition` gives the anchor's content and `contradiction` an
/// edge's contradiction id. The dispute's target is left empty for the caller to fill.
pub fn to_disputes(
    grouped: &[Grouped],
    claim: impl Fn(usize) -> ClaimRef,
    speaker: impl Fn(usize) -> Option<String>,
    proposition: impl Fn(usize) -> String,
    contradiction: impl Fn(usize) -> String,
) -> Vec<Dispute> {
    let side = |members: &[usize], stance| Side {
        stance,
        claims: members.iter().map(|&u| claim(u)).collect(),
        speakers: members
            .iter()
            .map(|&u| speaker(u))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    };
    grouped
        .iter()
        .enumerate()
        .map(|(k, g)| Dispute {
            id: format!("p{}", k + 1),
            proposition: proposition(g.anchor),
            target: String::new(),
            sides: vec![
                side(&g.favor, StanceLabel::Favor),
                side(&g.against, StanceLabel::Against),
            ],
            contradictions: g.edges.iter().map(|&e| contradiction(e)).collect(),
        })
        .collect()
}

/// Groups `edges` into disputes, largest first, deterministically. `voice` maps a unit to the
/// voice it speaks with; units of one voice are kept on one side where the split allows.
/// `anchor_first` marks units that should state the proposition when they are in a dispute (an
/// outright denial reads best: "There is no rift ...", favoured by the denier); otherwise the
/// most contradicted claim does.
pub fn group(
    edges: &[Edge],
    voice: impl Fn(usize) -> usize,
    anchor_first: impl Fn(usize) -> bool,
) -> Vec<Grouped> {
    let mut adj: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for e in edges {
        adj.entry(e.a).or_default().insert(e.b);
        adj.entry(e.b).or_default().insert(e.a);
    }
    let mut seen: BTreeSet<usize> = BTreeSet::new();
    let mut out = Vec::new();
    for &start in adj.keys() {
        if seen.contains(&start) {
            continue;
        }
        let members: BTreeSet<usize> = collect(&adj, start).into_iter().collect();
        seen.extend(members.iter().copied());
        // A preferred claim, else the most contradicted one, anchors the dispute; ties go to the
        // earliest.
        let anchor = *members
            .iter()
            .max_by_key(|&&u| (anchor_first(u), adj[&u].len(), std::cmp::Reverse(u)))
            .expect("component is not empty");
        let own: Vec<usize> = edges
            .iter()
            .enumerate()
            .filter(|(_, e)| members.contains(&e.a))
            .map(|(i, _)| i)
            .collect();
        let against = split(edges, &own, &members, anchor, &voice);
        out.push(Grouped {
            anchor,
            favor: members
                .iter()
                .copied()
                .filter(|u| !against.contains(u))
                .collect(),
            against: members
                .iter()
                .copied()
                .filter(|u| against.contains(u))
                .collect(),
            edges: own,
        });
    }
    out.sort_by_key(|g| (std::cmp::Reverse(g.edges.len()), g.anchor));
    out
}

fn collect(adj: &BTreeMap<usize, BTreeSet<usize>>, start: usize) -> Vec<usize> {
    let mut seen = BTreeSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some(u) = queue.pop_front() {
        for &v in &adj[&u] {
            if seen.insert(v) {
                queue.push_back(v);
            }
        }
    }
    seen.into_iter().collect()
}

/// The units of one component that stand against the anchor.
fn split(
    edges: &[Edge],
    own: &[usize],
    members: &BTreeSet<usize>,
    anchor: usize,
    voice: &impl Fn(usize) -> usize,
) -> BTreeSet<usize> {
    // Contradiction weight between voices (edges inside one voice do not split anything).
    let mut between: BTreeMap<(usize, usize), f32> = BTreeMap::new();
    for e in own.iter().map(|&i| edges[i]) {
        let (x, y) = (voice(e.a), voice(e.b));
        if x != y {
            *between.entry((x.min(y), x.max(y))).or_default() += e.weight;
        }
    }
    let voices: BTreeSet<usize> = members.iter().map(|&u| voice(u)).collect();
    let side = refine(&between, tree_colouring(&between, &voices, voice(anchor)));
    let flip = side.get(&voice(anchor)).copied().unwrap_or(false);
    members
        .iter()
        .copied()
        .filter(|&u| side.get(&voice(u)).copied().unwrap_or(false) != flip)
        .collect()
}

/// Two-colours a maximum spanning forest of the voice graph, breadth first from `root`.
fn tree_colouring(
    between: &BTreeMap<(usize, usize), f32>,
    voices: &BTreeSet<usize>,
    root: usize,
) -> BTreeMap<usize, bool> {
    let mut by_weight: Vec<(&(usize, usize), &f32)> = between.iter().collect();
    by_weight.sort_by(|x, y| y.1.total_cmp(x.1).then_with(|| x.0.cmp(y.0)));
    let mut parent: BTreeMap<usize, usize> = voices.iter().map(|&v| (v, v)).collect();
    fn find(parent: &mut BTreeMap<usize, usize>, v: usize) -> usize {
        let p = parent[&v];
        if p == v {
            return v;
        }
        let r = find(parent, p);
        parent.insert(v, r);
        r
    }
    let mut tree: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (&(x, y), _) in by_weight {
        let (rx, ry) = (find(&mut parent, x), find(&mut parent, y));
        if rx != ry {
            parent.insert(rx, ry);
            tree.entry(x).or_default().push(y);
            tree.entry(y).or_default().push(x);
        }
    }
    let mut side = BTreeMap::new();
    for start in std::iter::once(root).chain(voices.iter().copied()) {
        if side.contains_key(&start) {
            continue;
        }
        side.insert(start, false);
        let mut queue = VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            let s = side[&v];
            for &w in tree.get(&v).into_iter().flatten() {
                if let std::collections::btree_map::Entry::Vacant(e) = side.entry(w) {
                    e.insert(!s);
                    queue.push_back(w);
                }
            }
        }
    }
    side
}

/// Moves single voices across while that cuts more weight than it uncuts (bounded passes).
fn refine(
    between: &BTreeMap<(usize, usize), f32>,
    mut side: BTreeMap<usize, bool>,
) -> BTreeMap<usize, bool> {
    let voices: Vec<usize> = side.keys().copied().collect();
    for _ in 0..voices.len().min(32) {
        let mut moved = false;
        for &v in &voices {
            // Gain of moving v: weight to its own side (uncut now) minus weight to the other side.
            let gain: f32 = between
                .iter()
                .filter_map(|(&(x, y), &w)| match (x == v, y == v) {
                    (true, _) => Some((y, w)),
                    (_, true) => Some((x, w)),
                    _ => None,
                })
                .map(|(o, w)| if side[&o] == side[&v] { w } else { -w })
                .sum();
            if gain > 1e-6 {
                let s = side[&v];
                side.insert(v, !s);
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    side
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edges(pairs: &[(usize, usize)]) -> Vec<Edge> {
        pairs
            .iter()
            .map(|&(a, b)| Edge { a, b, weight: 0.9 })
            .collect()
    }

    #[test]
    fn star_makes_one_dispute_with_the_hub_alone() {
        // 5 denies 1, 2 and 3; 7–8 is a separate dispute.
        let g = group(&edges(&[(1, 5), (2, 5), (3, 5), (7, 8)]), |u| u, |_| false);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].anchor, 5);
        assert_eq!(g[0].favor, vec![5]);
        assert_eq!(g[0].against, vec![1, 2, 3]);
        assert_eq!(g[0].edges, vec![0, 1, 2]);
        assert_eq!(g[1].favor, vec![7]);
        assert_eq!(g[1].against, vec![8]);
    }

    #[test]
    fn allies_land_on_the_same_side() {
        // 1 and 2 both contradict 3 and 4.
        let g = group(&edges(&[(1, 3), (1, 4), (2, 3), (2, 4)]), |u| u, |_| false);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].anchor, 1);
        assert_eq!(g[0].favor, vec![1, 2]);
        assert_eq!(g[0].against, vec![3, 4]);
    }

    #[test]
    fn no_edges_no_disputes() {
        assert!(group(&[], |u| u, |_| false).is_empty());
    }

    #[test]
    fn one_voice_stands_on_one_side_and_weak_odd_edges_give_way() {
        // 10 and 11 are one speaker. 10–1 and 11–2 are strong; 1–2 is a weak (odd-cycle) edge
        // that breadth-first colouring from 1 would have let decide 2's side.
        let e = vec![
            Edge {
                a: 1,
                b: 10,
                weight: 0.95,
            },
            Edge {
                a: 2,
                b: 11,
                weight: 0.9,
            },
            Edge {
                a: 1,
                b: 2,
                weight: 0.55,
            },
        ];
        let voice = |u: usize| if u == 11 { 10 } else { u };
        let g = group(&e, voice, |_| false);
        assert_eq!(g.len(), 1);
        let (fav, ag) = (&g[0].favor, &g[0].against);
        let same = |x: usize, y: usize| fav.contains(&x) == fav.contains(&y);
        assert!(same(10, 11), "{fav:?} {ag:?}");
        assert!(same(1, 2), "{fav:?} {ag:?}");
        assert!(!same(1, 10), "{fav:?} {ag:?}");
    }

    #[test]
    fn a_preferred_claim_states_the_proposition() {
        // 5 is the most contradicted, but 3 (say, an outright denial) is preferred.
        let g = group(&edges(&[(1, 5), (2, 5), (3, 5), (3, 4)]), |u| u, |u| u == 3);
        assert_eq!(g[0].anchor, 3);
        assert!(g[0].favor.contains(&3) && g[0].against.contains(&5));
    }
}
