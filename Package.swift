// swift-tools-version:6.0
import PackageDescription

// Imports point one way: dossier -> Notebook -> Interpreter -> QueryLanguage, ArticleModel.
let package = Package(
  name: "dossier",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .executable(name: "dossier-bench", targets: ["dossier-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(
      name: "ArticleModel",
      dependencies: [.product(name: "Collections", package: "swift-collections")]
    ),
    .target(name: "QueryLanguage"),
    .target(name: "Interpreter", dependencies: ["ArticleModel", "QueryLanguage"]),
    // The five seed articles in corpus/, compiled into the binary by the EmbedCorpus plugin so the
    // shell works from any folder without files beside it.
    .executableTarget(name: "CorpusEmbedder", path: "Sources/CorpusEmbedder"),
    .plugin(name: "EmbedCorpus", capability: .buildTool(), dependencies: ["CorpusEmbedder"]),
    .target(name: "SeedCorpus", plugins: ["EmbedCorpus"]),
    .target(
      name: "Notebook",
      dependencies: ["Interpreter", "SeedCorpus", "CEditLine"]
    ),
    .executableTarget(
      name: "dossier",
      dependencies: [
        "Notebook", "Interpreter", "ArticleModel", "QueryLanguage",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // numbers, not tests: load time, memory and query latency against ripgrep and SQLite FTS5
    .executableTarget(
      name: "dossier-bench",
      dependencies: ["Interpreter", "ArticleModel", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // (the fixtures are read from beside the tests by path, not bundled)
    .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel", "SeedCorpus"], exclude: ["Fixtures"]),
    .testTarget(name: "QueryLanguageTests", dependencies: ["QueryLanguage"]),
    .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "SeedCorpus"]),
    // the shell test drives the real executable on a terminal, so it must be built first
    .testTarget(name: "NotebookTests", dependencies: ["Notebook", "dossier"]),
  ]
)
