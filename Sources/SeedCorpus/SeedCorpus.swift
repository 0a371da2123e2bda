import Foundation

/// The default corpus: the five seed articles from the repository's `corpus/` folder, compiled into
/// the binary at build time.
public enum SeedCorpus {
  /// Each seed file's name and raw bytes, in file-name order.
  public static let files: [(name: String, bytes: [UInt8])] = embeddedSeedFiles.map { file in
    (file.name, [UInt8](Data(base64Encoded: file.base64) ?? Data()))
  }
}
