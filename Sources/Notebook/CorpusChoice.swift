import ArticleModel
import Foundation
import SeedCorpus

/// Which corpus a session works on: the five seed articles built into the binary, or folders.
public enum CorpusChoice: Sendable, Equatable {
  case seeds
  case folders([String])

  /// How transcripts name it: `default`, or the folders as given.
  public var label: String {
    switch self {
    case .seeds: return "default"
    case .folders(let f): return f.joined(separator: ",")
    }
  }

  /// Reads a transcript header's corpus name back.
  public init(label: String) {
    self = label == "default" ? .seeds : .folders(label.split(separator: ",").map(String.init))
  }

  /// Loads the corpus; `progress` hears how far each pass is.
  public func load(progress: (@Sendable (CorpusLoader.LoadProgress) -> Void)? = nil) throws -> Corpus {
    switch self {
    case .seeds:
      return CorpusLoader.load(name: "default", files: SeedCorpus.files)
    case .folders(let folders):
      let sources = try CorpusLoader.sources(in: folders)
      return CorpusLoader.load(name: label, sources: sources, progress: progress)
    }
  }
}
