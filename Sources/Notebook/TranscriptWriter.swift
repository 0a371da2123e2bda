import Foundation

/// Writes the session's transcript as it goes: each command and its output are appended and
/// reach the file before the next prompt, so a killed shell loses nothing it finished.
final class TranscriptWriter {
  private(set) var path: String
  private var fd: Int32

  /// Opens a new transcript file named after the time; `nil` (with the reason) when the folder
  /// cannot be written, in which case the session goes on unrecorded.
  init(folder: String, header: String) throws {
    try Paths.makeFolder(folder)
    let stamp = Self.stamp()
    var path = "\(folder)/session-\(stamp).dq"
    var n = 2
    while FileManager.default.fileExists(atPath: path) {
      path = "\(folder)/session-\(stamp)-\(n).dq"
      n += 1
    }
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw Self.error("cannot create \(path)") }
    self.fd = fd
    self.path = path
    try write(header + "\n")
  }

  deinit { close(fd) }

  func append(command: String, output: String) throws {
    var text = Transcript.prompt + command + "\n"
    if !output.isEmpty { text += output + "\n" }
    try write(text)
  }

  /// Renames the transcript to `NAME.dq` in the same folder; refuses to replace another file
  /// unless `force`.
  func rename(to name: String, force: Bool) throws -> String {
    let folder = (path as NSString).deletingLastPathComponent
    let file = name.hasSuffix(".dq") ? name : name + ".dq"
    let target = name.contains("/") ? file : "\(folder)/\(file)"
    if target == path { return path }
    if FileManager.default.fileExists(atPath: target) && !force {
      throw Self.error("\(target) already exists: choose another name, or .save \(name) --force to replace it")
    }
    guard Foundation.rename(path, target) == 0 else { throw Self.error("cannot rename \(path) to \(target)") }
    path = target
    return target
  }

  private func write(_ text: String) throws {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw Self.error("cannot write \(path)")
      }
      bytes = bytes.dropFirst(n)
    }
  }

  static func stamp() -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyyMMdd-HHmmss"
    return f.string(from: Date())
  }

  static func error(_ message: String) -> NSError {
    let reason = errno != 0 ? ": " + String(cString: strerror(errno)) : ""
    return NSError(domain: "dossier", code: Int(errno), userInfo: [NSLocalizedDescriptionKey: message + reason])
  }
}
