//! Claims extraction throughput (MB/s) on generated news-style text, at 1 MB and 8 MB to check
//! that the time grows linearly with the input.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gainsay::claims::{extract_claims, sentences};

/// Paragraphs of invented news prose with the constructs the rules handle: frames, quotes across
/// sentences, abbreviations, money, captions, datelines, headlines and bullets.
const PARAGRAPHS: &[&str] = &[
    "Harbor Strike Ends After Nine Days",
    "PORTVALE, Maine (AP) — Dock workers returned to work on Monday after a nine-day strike. The port handled $4.5 billion in cargo last year, and officials expect it to recover 6.1 percent by Jan. 15.",
    "Harbor Commissioner Dana Whitfield said the agreement raises wages by 4 percent. Whitfield told reporters that the port lost about $12 million during the stoppage.",
    "\"We are back, and we are stronger,\" said Ray Okafor, president of Local 12. \"Nobody wanted this strike. Nobody wins a strike.\"",
    "“It is so clear that the board has been cut out of this. It should be leading all of this,” a senior port official told the Gazette.",
    "Dr. Helen Mbeki, an economist at the University of Southern Maine, said the U.S. economy would barely notice. “The national effect is tiny,” she said.",
    "Dock workers cheer outside the Portvale terminal on Monday. Jamie Cole/AP Photo",
    "Okafor dismissed reports that the union had accepted cuts as “pure fiction.” Shipping firms lost millions, according to the Maine Port Authority.",
    "- Wages rise 4 percent over three years\n- A joint safety board will meet monthly",
    "Is the deal good for the town? Residents seemed unsure... Read more: How the strike began",
];

fn corpus(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 1024);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        out.push_str("\n\n");
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("claims");
    group.sample_size(10);
    for mb in [1usize, 8] {
        let text = corpus(mb << 20);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("extract_claims", format!("{mb}MB")),
            &text,
            |b, t| b.iter(|| extract_claims(t)),
        );
        group.bench_with_input(
            BenchmarkId::new("sentences", format!("{mb}MB")),
            &text,
            |b, t| b.iter(|| sentences(t)),
        );
    }
    let line =
        "The port reopened on Monday, and officials said traffic would recover ".repeat(60_000);
    group.throughput(Throughput::Bytes(line.len() as u64));
    group.bench_function("extract_claims/4MB_single_line", |b| {
        b.iter(|| extract_claims(&line))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
