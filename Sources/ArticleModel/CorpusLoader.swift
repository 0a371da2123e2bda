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
  /// with a warning. `progress` is called with the number of files done so far.
  public static func load(
    name: String, sources: [Source], progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> Corpus {
    let ids = articleIDs(sources.map(\.name), paths: sources.map(\.path))
    let results = ResultSlots<(Article?, String?)>(count: sources.count)
    let done = Counter()
    DispatchQueue.concurrentPerform(iterations: sources.count) { i in
      let source = sources[i]
      results[i] = analyse(id: ids[i], source: source)
      let n = done.increment()
      if let progress, n % 256 == 0 || n == sources.count { progress(n, sources.count) }
    }
    var articles: [Article] = []
    var warnings: [String] = []
    for (article, warning) in results.values {
      if let article { articles.append(article) }
      if let warning { warnings.append(warning) }
    }
    return Corpus(name: name, articles: articles, warnings: warnings)
  }

  /// Builds a corpus from files already in memory (the embedded default corpus, tests).
  public static func load(name: String, files: [(name: String, bytes: [UInt8])]) -> Corpus {
    let ids = articleIDs(files.map(\.name), paths: files.map(\.name))
    var articles: [Article] = []
    for (i, file) in files.enumerated() {
      articles.append(ArticleBuilder.build(id: ids[i], path: file.name, bytes: file.bytes).0)
    }
    return Corpus(name: name, articles: articles)
  }

  static func analyse(id: String, source: Source) -> (Article?, String?) {
    guard let data = FileManager.default.contents(atPath: source.path) else {
      return (nil, "skipped \(source.path): cannot be read (check its permissions)")
    }
    let bytes = [UInt8](data)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return (nil, "skipped \(source.path): the file is empty")
    }
    if bytes.prefix(8192).contains(0) {
      return (nil, "skipped \(source.path): binary data (NUL bytes), not a text article")
    }
    let (article, invalid) = ArticleBuilder.build(id: id, path: source.path, bytes: bytes, manifest: source.manifest)
    return (article, invalid ? "\(source.path): invalid UTF-8, decoded with replacement characters" : nil)
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

/// Fixed-size storage that concurrent workers fill, each its own slot.
final class ResultSlots<T>: @unchecked Sendable {
  private var storage: [T?]
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  subscript(i: Int) -> T? {
    get { storage[i] }
    set { storage.withUnsafeMutableBufferPointer { $0[i] = newValue } }
  }
  var values: [T] { storage.compactMap { $0 } }
}

/// A thread-safe counter for progress reports.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}
