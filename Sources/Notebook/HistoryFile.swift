import Foundation

/// The shell's command history on disk: one command per line, appended as each is entered, the
/// file private to the user (0600), capped, without consecutive duplicates.
public final class HistoryFile {
  public let path: String
  public let capacity: Int
  public private(set) var entries: [String] = []
  /// Set after the first failed write: the shell warns once and keeps the history in memory.
  private var failed = false

  public init(path: String, capacity: Int = 1000) {
    self.path = path
    self.capacity = capacity
    load()
  }

  func load() {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    entries = Array(lines.suffix(capacity))
    chmod(path, 0o600)
    // keep the file from growing without end: rewrite it when it holds twice the cap
    if lines.count > capacity * 2 {
      try? Paths.writeAtomically(entries.joined(separator: "\n") + "\n", to: path)
      chmod(path, 0o600)
    }
  }

  /// Adds a command; returns a warning when the file cannot be written (the shell goes on).
  @discardableResult
  public func add(_ line: String) -> String? {
    let line = line.replacingOccurrences(of: "\n", with: " ")
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty, entries.last != line else { return nil }
    entries.append(line)
    if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    guard !failed else { return nil }
    let warning = append(line)
    failed = warning != nil
    return warning
  }

  private func append(_ line: String) -> String? {
    do {
      try Paths.makeFolder((path as NSString).deletingLastPathComponent)
    } catch {
      return "warning: history not saved: \(error.localizedDescription)"
    }
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return "warning: history not saved: cannot open \(path): \(String(cString: strerror(errno)))" }
    defer { close(fd) }
    fchmod(fd, 0o600)
    let bytes = Array((line + "\n").utf8)
    let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    return n == bytes.count ? nil : "warning: history not saved: \(String(cString: strerror(errno)))"
  }
}
