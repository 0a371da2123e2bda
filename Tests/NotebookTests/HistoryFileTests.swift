import Foundation
import Testing

@testable import Notebook

@Suite struct HistoryFileTests {
  @Test func appendsPrivatelyWithoutConsecutiveDuplicatesAndCaps() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-history-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/state/history"
    let h = HistoryFile(path: path, capacity: 3)
    #expect(h.add("list articles") == nil)
    h.add("list articles")
    h.add("find quote")
    h.add("   ")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "list articles\nfind quote\n")
    for i in 0..<10 { h.add("q\(i)") }
    #expect(h.entries == ["q7", "q8", "q9"])
    let again = HistoryFile(path: path, capacity: 3)
    #expect(again.entries == ["q7", "q8", "q9"])
    // the file was rewritten down to the cap when it had grown past twice the cap
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "q7\nq8\nq9\n")
  }

  @Test func anUnwritableFileWarnsOnce() {
    let h = HistoryFile(path: "/proc/dossier-cannot-write/history")
    #expect(h.add("list articles")?.hasPrefix("warning: history not saved") == true)
    #expect(h.add("list people") == nil)
    #expect(h.entries == ["list articles", "list people"])
  }
}
