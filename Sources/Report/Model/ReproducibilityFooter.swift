/// Facts that let a reader reproduce the run, shown at the foot of the article. No clock
/// time belongs here: re-running must give byte-identical HTML.
public struct ReproducibilityFooter: Equatable, Sendable {
    /// The notebook's random seed (front matter `seed`, default 0).
    public var seed: UInt64
    /// The `notebook` tool's version string.
    public var toolVersion: String
    /// Data files read by the run, each with its SHA-256.
    public var dataFiles: [DataFileChecksum]
    /// Worker threads used by the compute core.
    public var threadCount: Int
    /// BLAS kernel and configuration, e.g. `OpenBLAS 0.3.21 Haswell`.
    public var blas: String?
    /// Further lines the runner wants to state (parameters overridden with `-p`, …).
    public var extraLines: [String]
    /// The day (`2026-12-04`, UTC) the shown results were computed: the latest among the cells,
    /// kept in the cache with each cell's outputs, so a restored run shows the computing run's date.
    public var runDate: String?
    /// The commit of the project the notebook lives in, e.g. `bffb358` (`+ changes` when dirty).
    public var commit: String?
    /// Operating system and processor, e.g. `Debian GNU/Linux 12 (bookworm), AMD EPYC 9R14`.
    public var system: String?
    /// The Swift compiler the tool was built with, e.g. `Swift 6.3`.
    public var swiftVersion: String?

    public init(seed: UInt64, toolVersion: String, dataFiles: [DataFileChecksum] = [],
                threadCount: Int, blas: String? = nil, extraLines: [String] = [],
                runDate: String? = nil, commit: String? = nil, system: String? = nil, swiftVersion: String? = nil) {
        self.seed = seed
        self.toolVersion = toolVersion
        self.dataFiles = dataFiles
        self.threadCount = threadCount
        self.blas = blas
        self.extraLines = extraLines
        self.runDate = runDate
        self.commit = commit
        self.system = system
        self.swiftVersion = swiftVersion
    }
}

/// A data file and its checksum.
public struct DataFileChecksum: Equatable, Sendable {
    /// Path as the notebook named it, e.g. `data/mnist/train-images-idx3-ubyte.gz`.
    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}
