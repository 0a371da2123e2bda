import CEditLine
import Synchronization

/// Ctrl-C. The handler only sets a flag: the prompt sees its read interrupted and clears the line,
/// a running query sees the flag between rows and stops.
public enum Interrupts {
  static let flag = Atomic<Bool>(false)

  /// Installs the SIGINT handler (without SA_RESTART, so a blocked read returns).
  public static func install() {
    _ = dossier_install_sigint { _ in Interrupts.flag.store(true, ordering: .relaxed) }
  }

  public static var pending: Bool { flag.load(ordering: .relaxed) }

  public static func clear() { flag.store(false, ordering: .relaxed) }
}
