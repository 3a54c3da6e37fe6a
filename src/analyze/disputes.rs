//! Disputes: contradiction pairs grouped into contested propositions with two sides.
//!
//! The contradiction graph's connected components are disputes; a two-colouring of each component
//! (breadth first from its most contradicted claim) gives the sides. The proposition is that
//! claim's content, and its side is the one in favour.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

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

/// Groups `edges` (pairs of unit indices) into disputes, largest first, deterministically.
pub fn group(edges: &[(usize, usize)]) -> Vec<Grouped> {
    let mut adj: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for &(a, b) in edges {
        adj.entry(a).or_default().insert(b);
        adj.entry(b).or_default().insert(a);
    }
    let mut seen: BTreeSet<usize> = BTreeSet::new();
    let mut out = Vec::new();
    for &start in adj.keys() {
        if seen.contains(&start) {
            continue;
        }
        let component = collect(&adj, start);
        seen.extend(component.iter().copied());
        // The most contradicted claim anchors the dispute; ties go to the earliest.
        let anchor = *component
            .iter()
            .max_by_key(|&&u| (adj[&u].len(), std::cmp::Reverse(u)))
            .expect("component is not empty");
        let side = colour(&adj, anchor);
        let members: BTreeSet<usize> = component.iter().copied().collect();
        out.push(Grouped {
            anchor,
            favor: members.iter().copied().filter(|u| !side[u]).collect(),
            against: members.iter().copied().filter(|u| side[u]).collect(),
            edges: edges
                .iter()
                .enumerate()
                .filter(|(_, (a, _))| members.contains(a))
                .map(|(i, _)| i)
                .collect(),
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

/// Breadth-first two-colouring from `anchor` (false = the anchor's side). Odd cycles cannot be
/// coloured perfectly; a node keeps the colour it was first given.
fn colour(adj: &BTreeMap<usize, BTreeSet<usize>>, anchor: usize) -> BTreeMap<usize, bool> {
    let mut side = BTreeMap::from([(anchor, false)]);
    let mut queue = VecDeque::from([anchor]);
    while let Some(u) = queue.pop_front() {
        let s = side[&u];
        for &v in &adj[&u] {
            if let std::collections::btree_map::Entry::Vacant(e) = side.entry(v) {
                e.insert(!s);
                queue.push_back(v);
            }
        }
    }
    side
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_makes_one_dispute_with_the_hub_alone() {
        // 5 denies 1, 2 and 3; 7–8 is a separate dispute.
        let g = group(&[(1, 5), (2, 5), (3, 5), (7, 8)]);
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
        let g = group(&[(1, 3), (1, 4), (2, 3), (2, 4)]);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].anchor, 1);
        assert_eq!(g[0].favor, vec![1, 2]);
        assert_eq!(g[0].against, vec![3, 4]);
    }

    #[test]
    fn no_edges_no_disputes() {
        assert!(group(&[]).is_empty());
    }
}
