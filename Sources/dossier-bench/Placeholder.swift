import ArticleModel
import Foundation
let dir = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "corpus"
let corpus = CorpusLoader.load(name: "x", sources: try CorpusLoader.sources(in: [dir]))
for a in corpus.articles {
  print("=== \(a.id) | \(a.metadata.title) | \(a.metadata.outlet) | \(a.metadata.date) | \(a.metadata.dateline)")
  if CommandLine.arguments.count > 2 { for l in a.lines { print("  \(l.number) [\(l.kind.rawValue)] \(l.reason) :: \(l.text.prefix(70))") } }
  for q in a.quotes { print("  Q p\(q.paragraph) [\(q.speaker)] <\(q.speakerAsWritten)> \(q.cue) partial=\(q.partial): \(q.text.prefix(80))") }
  print("  people: " + Set(a.mentions.map(\.person)).sorted().joined(separator: "; "))
}
