import CEditLine
import Foundation

/// The prompt, over libedit: Emacs keys, history (Ctrl-R searches it), tab completion.
final class LineEditor {
  enum Input { case line(String), interrupted, end }

  private let editor: OpaquePointer
  private let history: OpaquePointer
  private let completer: () -> Completer
  /// libedit asks for the prompt through a C function; the text lives here for its lifetime.
  nonisolated(unsafe) static var promptText: UnsafeMutablePointer<CChar> = strdup(Transcript.prompt)

  init(history entries: [String], completer: @escaping () -> Completer) {
    self.completer = completer
    editor = dossier_el_init("dossier")
    history = history_init()
    dossier_history_setsize(history, 1000)
    dossier_history_setunique(history, 1)
    for entry in entries { dossier_history_enter(history, entry) }
    dossier_el_set_editor(editor, "emacs")
    dossier_el_set_signal(editor, 0)
    dossier_el_set_history(editor, history)
    dossier_el_set_prompt(editor) { _ in UnsafePointer(LineEditor.promptText) }
    dossier_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    dossier_el_addfn(editor, "dossier-complete", "complete the word before the cursor") { el, _ in
      guard let el, let data = dossier_el_get_clientdata(el) else { return 6 }  // CC_ERROR
      return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete(el)
    }
    dossier_el_bind(editor, "^I", "dossier-complete")
    dossier_el_bind(editor, "^R", "em-inc-search-prev")
    // read ~/.editrc for the user's own bindings
    el_source(editor, nil)
  }

  deinit {
    history_end(history)
    el_end(editor)
  }

  func read() -> Input {
    var count: Int32 = 0
    errno = 0
    guard let cLine = el_gets(editor, &count) else {
      if Interrupts.pending || errno == EINTR {
        FileHandle.standardOutput.write(Data("^C\n".utf8))
        return .interrupted
      }
      return .end
    }
    if count < 0 {
      return .interrupted
    }
    var line = String(cString: cLine)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  func remember(_ line: String) {
    dossier_history_enter(history, line)
  }

  /// The tab key: one candidate is put in; several share a prefix that is put in, else are listed.
  private func complete(_ el: OpaquePointer) -> UInt8 {
    guard let info = el_line(el)?.pointee else { return 6 }
    let length = info.cursor - info.buffer
    let prefix = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
    let completion = completer().complete(prefix)
    let typed = String(prefix.suffix(completion.replacing))
    switch completion.candidates.count {
    case 0:
      return 9  // CC_REFRESH_BEEP
    case 1:
      var text = completion.candidates[0]
      if !text.hasSuffix("/") { text += " " }
      replace(el, typedCount: completion.replacing, with: text)
      return 4  // CC_REFRESH
    default:
      let common = Self.commonPrefix(completion.candidates)
      func bare(_ s: String) -> String { String(s.lowercased().drop(while: { $0 == "\"" })) }
      if common.count > typed.count && bare(common).hasPrefix(bare(typed)) {
        replace(el, typedCount: completion.replacing, with: common)
        return 4
      }
      let listing = "\n" + Self.columns(completion.candidates, width: Int(dossier_terminal_width(1)).nonZero ?? 80) + "\n"
      FileHandle.standardOutput.write(Data(listing.utf8))
      return 8  // CC_REDISPLAY
    }
  }

  private func replace(_ el: OpaquePointer, typedCount: Int, with text: String) {
    if typedCount > 0 { el_deletestr(el, Int32(typedCount)) }
    _ = el_insertstr(el, text)
  }

  static func commonPrefix(_ items: [String]) -> String {
    guard var prefix = items.first else { return "" }
    for item in items.dropFirst() {
      while !item.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }

  static func columns(_ items: [String], width: Int) -> String {
    let w = (items.map(\.count).max() ?? 0) + 2
    let perLine = max(width / w, 1)
    var lines: [String] = []
    var i = 0
    while i < items.count {
      let row = items[i..<min(i + perLine, items.count)]
      lines.append(row.map { $0.padding(toLength: w, withPad: " ", startingAt: 0) }.joined().trimmingCharacters(in: .whitespaces))
      i += perLine
    }
    return lines.joined(separator: "\n")
  }
}

extension Int {
  var nonZero: Int? { self == 0 ? nil : self }
}
