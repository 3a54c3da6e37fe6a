//! Fills NLI batches across documents: each document is analysed on its own (so its result never
//! depends on its neighbours), but the pairs of the documents in flight are gathered into one
//! scorer call, spread over one scorer per thread.

use crossbeam_channel::{Receiver, Sender};

use crate::error::Result;
use crate::nli::{ModelInfo, Pair, Probs, Scorer};

/// A request from one document's analysis: its pairs, and where the answer goes.
struct Job {
    pairs: Vec<(String, String)>,
    reply: Sender<Result<Vec<Probs>>>,
}

/// The [`Scorer`] the analysis workers share: `score` queues the pairs and waits.
#[derive(Clone)]
pub struct PoolScorer {
    jobs: Sender<Job>,
    info: ModelInfo,
}

impl Scorer for PoolScorer {
    fn score(&self, pairs: &[Pair<'_>]) -> Result<Vec<Probs>> {
        if pairs.is_empty() {
            return Ok(Vec::new());
        }
        let (reply, answer) = crossbeam_channel::bounded(1);
        let job = Job {
            pairs: pairs
                .iter()
                .map(|p| (p.premise.to_string(), p.hypothesis.to_string()))
                .collect(),
            reply,
        };
        self.jobs
            .send(job)
            .expect("scorer threads outlive the analysis workers");
        answer
            .recv()
            .expect("a scorer thread answers every job it takes")
    }

    fn info(&self) -> &ModelInfo {
        &self.info
    }
}

/// Starts one scoring thread per scorer in `scope`. Each takes queued jobs until it holds
/// `batch_size` pairs or the queue is empty, scores them in one call, and answers each job.
/// The threads end when every [`PoolScorer`] clone is dropped.
pub fn start<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    scorers: &'scope [&'scope dyn Scorer],
    batch_size: usize,
) -> PoolScorer {
    let (tx, rx) = crossbeam_channel::unbounded::<Job>();
    for scorer in scorers {
        let rx = rx.clone();
        scope.spawn(move || serve(*scorer, &rx, batch_size.max(1)));
    }
    PoolScorer {
        jobs: tx,
        info: scorers[0].info().clone(),
    }
}

fn serve(scorer: &dyn Scorer, rx: &Receiver<Job>, batch_size: usize) {
    while let Ok(first) = rx.recv() {
        let mut total = first.pairs.len();
        let mut jobs = vec![first];
        while total < batch_size {
            match rx.try_recv() {
                Ok(j) => {
                    total += j.pairs.len();
                    jobs.push(j);
                }
                Err(_) => break,
            }
        }
        let pairs: Vec<Pair<'_>> = jobs
            .iter()
            .flat_map(|j| j.pairs.iter().map(|(p, h)| Pair::new(p, h)))
            .collect();
        match scorer.score(&pairs) {
            Ok(probs) => {
                let mut rest = &probs[..];
                for j in &jobs {
                    let (mine, tail) = rest.split_at(j.pairs.len());
                    rest = tail;
                    let _ = j.reply.send(Ok(mine.to_vec()));
                }
            }
            // Score each job alone, so each gets its own error (or its result).
            Err(e) if jobs.len() == 1 => {
                let _ = jobs[0].reply.send(Err(e));
            }
            Err(_) => {
                for j in &jobs {
                    let pairs: Vec<Pair<'_>> =
                        j.pairs.iter().map(|(p, h)| Pair::new(p, h)).collect();
                    let _ = j.reply.send(scorer.score(&pairs));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nli::FnScorer;

    #[test]
    fn answers_go_back_to_the_right_caller() {
        let fake = FnScorer::new("fake", |p: &Pair<'_>| Probs {
            entailment: p.premise.len() as f32,
            ..Probs::default()
        });
        let scorers: Vec<&dyn Scorer> = vec![&fake, &fake];
        std::thread::scope(|s| {
            let pool = start(s, &scorers, 8);
            let handles: Vec<_> = (1..20usize)
                .map(|n| {
                    let pool = pool.clone();
                    s.spawn(move || {
                        let text = "x".repeat(n);
                        let pairs = vec![Pair::new(&text, "h"); n];
                        let out = pool.score(&pairs).unwrap();
                        assert!(out.iter().all(|p| p.entailment == n as f32));
                        out.len()
                    })
                })
                .collect();
            drop(pool);
            let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
            assert_eq!(total, (1..20).sum::<usize>());
        });
    }
}
