import Foundation
import PackagePlugin

/// Compiles the seed articles in the package's `corpus/` folder into a Swift source file, so the
/// default corpus travels inside the binary and the shell works from any folder.
@main
struct EmbedCorpus: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let corpus = context.package.directoryURL.appending(path: "corpus")
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
      .filter { $0.hasSuffix(".txt") }
      .sorted()
    let inputs = names.map { corpus.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSeedFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) seed articles",
        executable: try context.tool(named: "CorpusEmbedder").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
