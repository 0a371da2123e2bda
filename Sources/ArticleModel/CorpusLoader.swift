import Foundation

/// Reads corpus folders from disk and builds the articles in parallel.
public enum CorpusLoader {
  public enum LoadError: Error, CustomStringConvertible {
    case notFound(String)
    case noArticles(String)

    public var description: String {
      switch self {
      case .notFound(let path):
        return "no folder or file at '\(path)': give --corpus a folder of .txt articles"
      case .noArticles(let path):
        return "no .txt files under '\(path)': a corpus is a folder of plain-text articles, one per .txt file"
      }
    }
  }

  /// A file to load: where it is and the metadata its folder's manifest gives it.
  public struct Source: Sendable {
    public let path: String
    public let name: String
    public let manifest: ArticleMetadata?
  }

  /// Every .txt file under the given folders (recursively) or the given files, in path order.
  public static func sources(in paths: [String]) throws -> [Source] {
    var sources: [Source] = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw LoadError.notFound(path) }
      if !isDir.boolValue {
        sources.append(Source(path: path, name: (path as NSString).lastPathComponent, manifest: nil))
        continue
      }
      let root = URL(fileURLWithPath: path)
      var manifests: [String: Manifest] = [:]
      var found: [String] = []
      let enumerator = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
      while let url = enumerator?.nextObject() as? URL {
        let name = url.lastPathComponent
        if name == "MANIFEST.tsv", let text = try? String(contentsOf: url, encoding: .utf8) {
          manifests[url.deletingLastPathComponent().path] = Manifest(tsv: text)
        } else if name.hasSuffix(".txt") {
          found.append(url.path)
        }
      }
      if found.isEmpty { throw LoadError.noArticles(path) }
      for file in found.sorted() {
        let url = URL(fileURLWithPath: file)
        let name = url.lastPathComponent
        let meta = manifests[url.deletingLastPathComponent().path]?.byFile[name]
        sources.append(Source(path: file, name: name, manifest: meta))
      }
    }
    return sources
  }

  /// Loads and analyses the files in parallel; unreadable, empty and binary files are skipped
  /// with a warning. Two passes: every file's lines are classified, the lines that recur across an
  /// outlet's articles are marked as furniture, then each article is built. `progress` hears how
  /// far each pass is, every 256 files.
  public static func load(
    name: String, sources: [Source], progress: (@Sendable (LoadProgress) -> Void)? = nil
  ) -> Corpus {
    let clock = ContinuousClock()
    let start = clock.now
    let ids = articleIDs(sources.map(\.name), paths: sources.map(\.path))
    let read = ResultSlots<Classified>(count: sources.count)
    let done = Counter()
    let bytes = Counter()
    DispatchQueue.concurrentPerform(iterations: sources.count) { i in
      let c = classify(sources[i])
      read[i] = c
      let b = bytes.add(c.bytes)
      let n = done.increment()
      if let progress, n % 256 == 0 || n == sources.count {
        progress(LoadProgress(pass: .reading, done: n, total: sources.count, bytes: b))
      }
    }
    let reading = clock.now - start
    var corpus = build(name: name, classified: read, ids: ids, sources: sources, progress: progress)
    corpus.timings.insert(("read and classify lines", reading), at: 0)
    return corpus
  }

  /// How far loading is: files read and classified, then articles analysed.
  public struct LoadProgress: Sendable {
    public enum Pass: Sendable { case reading, analysing }
    public let pass: Pass
    public let done: Int
    public let total: Int
    /// Bytes of the files read so far.
    public let bytes: Int
  }

  /// Builds a corpus from files already in memory (the embedded default corpus, tests).
  public static func load(name: String, files: [(name: String, bytes: [UInt8])]) -> Corpus {
    let ids = articleIDs(files.map(\.name), paths: files.map(\.name))
    let sources = files.map { Source(path: $0.name, name: $0.name, manifest: nil) }
    var classified = files.map { file in classify(bytes: file.bytes, path: file.name) }
    return build(name: name, classified: ResultSlots(moving: &classified), ids: ids, sources: sources)
  }

  /// A file after the first pass: its classified lines, or why it was skipped.
  struct Classified: Sendable {
    var lines: [RawLine]?
    /// The file's normalised text, which the lines are ranges of.
    var source = ""
    var warning: String?
    var bytes = 0
  }

  /// Each article's classified lines are moved out of `classified` as it is built, so the first
  /// pass's arrays go as the second pass goes.
  static func build(
    name: String, classified: ResultSlots<Classified>, ids: [String], sources: [Source], progress: (@Sendable (LoadProgress) -> Void)? = nil
  ) -> Corpus {
    let clock = ContinuousClock()
    var mark = clock.now
    var timings: [(String, Duration)] = []
    func lap(_ phase: String) {
      let now = clock.now
      timings.append((phase, now - mark))
      mark = now
    }
    // what the second pass needs of the first, read once: outlet keys, lines, warnings, bytes
    var keys: [String] = [], allLines: [RecurringLines.Lines?] = [], warnings: [String] = [], bytes = 0
    for i in 0..<classified.count {
      let c = classified[i]!
      keys.append(c.lines.map { RecurringLines.outletKey(lines: $0, source: c.source, manifest: sources[i].manifest) } ?? "")
      allLines.append(c.lines.map { (c.source, $0) })
      if let w = c.warning { warnings.append(w) }
      bytes += c.bytes
    }
    let total = bytes
    let recurring = RecurringLines(outlets: keys, lines: allLines)
    allLines = []  // (so that each article's lines have one owner again, the slot)
    let built = ResultSlots<Article>(count: classified.count)
    let (signal, outlets) = (recurring, keys)
    let done = Counter()
    lap("recurring lines")
    DispatchQueue.concurrentPerform(iterations: classified.count) { i in
      defer {
        let n = done.increment()
        if let progress, n % 256 == 0 || n == classified.count {
          progress(LoadProgress(pass: .analysing, done: n, total: classified.count, bytes: total))
        }
      }
      let c = classified.take(i)!
      guard let lines = c.lines else { return }
      let relabelled = signal.relabel(lines, source: c.source, outlet: outlets[i])
      built[i] = ArticleBuilder.build(id: ids[i], path: sources[i].path, source: c.source, lines: relabelled, manifest: sources[i].manifest)
    }
    let articles = built.takeValues()
    lap("build articles")
    var corpus = Corpus(name: name, articles: articles, warnings: warnings)
    lap("resolve people")
    corpus.timings = timings
    return corpus
  }

  static func classify(_ source: Source) -> Classified {
    // a FIFO or a device would block the read or never end; stat follows symbolic links, so a
    // link to an article loads and a link loop is reported
    var info = stat()
    guard stat(source.path, &info) == 0 else {
      let reason = errno == ELOOP ? "a loop of symbolic links" : errno == ENOENT ? "a broken symbolic link or a vanished file" : String(cString: strerror(errno))
      return Classified(lines: nil, warning: "skipped \(source.path): \(reason)")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return Classified(lines: nil, warning: "skipped \(source.path): not a regular file")
    }
    guard let data = FileManager.default.contents(atPath: source.path) else {
      return Classified(lines: nil, warning: "skipped \(source.path): cannot be read (check its permissions)")
    }
    var c = classify(bytes: [UInt8](data), path: source.path)
    c.bytes = data.count
    return c
  }

  static func classify(bytes: [UInt8], path: String) -> Classified {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return Classified(lines: nil, warning: "skipped \(path): the file is empty")
    }
    if bytes.prefix(8192).contains(0) {
      return Classified(lines: nil, warning: "skipped \(path): binary data (NUL bytes), not a text article")
    }
    let normalized = TextNormalizer.lines(from: bytes)
    let lines = LineClassifier.classify(normalized.lines)
    // (one buffer for the article's text, lines and paragraphs ranges of it; the line Strings go)
    return Classified(
      lines: lines, source: TextNormalizer.text(of: normalized.lines),
      warning: normalized.hadInvalidUTF8 ? "\(path): invalid UTF-8, decoded with replacement characters" : nil)
  }

  /// The leading number of each file name when every file has one (`000_8f56….txt` is `000`),
  /// else the file stem; clashes (the same id in two folders) fall back to the stem, then to the
  /// path.
  public static func articleIDs(_ names: [String], paths: [String]) -> [String] {
    let stems = names.map { name -> String in
      name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
    }
    let numbers = stems.map { stem -> String in
      String(stem.prefix(while: { $0.isASCII && $0.isNumber }))
    }
    if !numbers.contains(""), Set(numbers).count == numbers.count { return numbers }
    if Set(stems).count == stems.count { return stems }
    return paths
  }
}

/// A thread-safe counter for progress reports.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  func increment() -> Int { add(1) }

  func add(_ n: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += n
    return value
  }
}
