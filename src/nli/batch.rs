//! Length-sorted batching: pairs of similar length share a batch, so padding stays small.

/// A group of pair indices scored together, padded to the longest among them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// Indices into the encoded pairs, shortest first.
    pub indices: Vec<usize>,
    /// The padded length (the longest pair in the batch).
    pub max_len: usize,
}

/// Splits pairs with token lengths `lens` into batches of at most `batch_size`, sorted by length.
///
/// The plan depends only on `lens` and `batch_size`, so it is deterministic. Ties keep input order.
pub fn plan_batches(lens: &[usize], batch_size: usize) -> Vec<Batch> {
    let batch_size = batch_size.max(1);
    let mut order: Vec<usize> = (0..lens.len()).collect();
    order.sort_by_key(|&i| lens[i]);
    order
        .chunks(batch_size)
        .map(|chunk| Batch {
            max_len: chunk.iter().map(|&i| lens[i]).max().unwrap_or(0),
            indices: chunk.to_vec(),
        })
        .collect()
}

/// Real tokens over padded tokens for a plan: 1.0 means no padding at all.
pub fn padding_efficiency(lens: &[usize], plan: &[Batch]) -> f64 {
    let real: usize = lens.iter().sum();
    let padded: usize = plan.iter().map(|b| b.max_len * b.indices.len()).sum();
    if padded == 0 {
        1.0
    } else {
        real as f64 / padded as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_cover_every_pair_once_sorted_by_length() {
        let lens = [9, 3, 7, 3, 12, 1, 5];
        let plan = plan_batches(&lens, 3);
        let mut seen: Vec<usize> = plan.iter().flat_map(|b| b.indices.clone()).collect();
        assert_eq!(plan.len(), 3);
        assert_eq!(plan[0].indices, vec![5, 1, 3]);
        assert_eq!(plan[0].max_len, 3);
        assert_eq!(plan[2].max_len, 12);
        seen.sort();
        assert_eq!(seen, (0..lens.len()).collect::<Vec<_>>());
    }

    #[test]
    fn sorting_reduces_padding() {
        let lens = [30, 5, 30, 5, 30, 5, 30, 5];
        let sorted = padding_efficiency(&lens, &plan_batches(&lens, 4));
        assert!((sorted - 1.0).abs() < 1e-9);
        let unsorted = vec![
            Batch {
                indices: vec![0, 1, 2, 3],
                max_len: 30,
            },
            Batch {
                indices: vec![4, 5, 6, 7],
                max_len: 30,
            },
        ];
        assert!(padding_efficiency(&lens, &unsorted) < 0.6);
    }

    #[test]
    fn empty_and_zero_batch_size() {
        assert!(plan_batches(&[], 8).is_empty());
        assert_eq!(plan_batches(&[2, 2], 0).len(), 2);
    }
}
