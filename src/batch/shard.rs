//! `--shard I/N`: which documents a shard owns, decided by a stable hash of the document id alone,
//! so any scheduler can run shard `I` of `N` anywhere and the shards never overlap.

use std::str::FromStr;

use super::output::id_hash;
use crate::error::Error;

/// Shard `index` of `count` (0-based: `0/4` … `3/4`, as Kubernetes indexed Jobs and
/// `SLURM_ARRAY_TASK_ID` with `--array=0-3` number them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This shard, `0..count`.
    pub index: u32,
    /// How many shards in all.
    pub count: u32,
}

impl Shard {
    /// Whether this shard analyses the document with `id`.
    pub fn owns(&self, id: &str) -> bool {
        id_hash(id) % u64::from(self.count) == u64::from(self.index)
    }
}

impl FromStr for Shard {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::InvalidOption(format!("--shard wants I/N with 0 <= I < N, got `{s}`"));
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u32 = i.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_partition_the_ids() {
        let shards: Vec<Shard> = (0..3).map(|i| format!("{i}/3").parse().unwrap()).collect();
        for k in 0..500 {
            let id = format!("doc-{k}");
            assert_eq!(shards.iter().filter(|s| s.owns(&id)).count(), 1);
        }
        assert!("3/3".parse::<Shard>().is_err());
        assert!("1".parse::<Shard>().is_err());
        assert!("0/0".parse::<Shard>().is_err());
    }
}
