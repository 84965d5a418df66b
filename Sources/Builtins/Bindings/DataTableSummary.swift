import Graphics
import Language
import Report

/// `data.describe()`, as pandas describes a data frame: for each numeric column, how many cells
/// are present, their mean and standard deviation (with n − 1, pandas' default), minimum,
/// quartiles (interpolated linearly, pandas' default) and maximum. Missing cells are left out.
extension DataTable {
    func summary() -> Report.Table {
        let numeric = columns.indices.filter { types[$0] != .string }
        let statistics = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]
        var lines = statistics.map { [Value.string($0)] }
        for column in numeric {
            for (line, value) in Self.describe(presentValues(of: column)).enumerated() { lines[line].append(value.map(Value.double) ?? .none) }
        }
        return Report.Table(header: [""] + numeric.map { columns[$0] }, values: lines)
    }

    /// The column's present cells as numbers, ascending.
    private func presentValues(of column: Int) -> [Double] {
        rows.compactMap { row in
            switch row[column] {
            case .int(let int): return Double(int)
            case .double(let double): return double
            default: return nil
            }
        }.sorted()
    }

    /// count, mean, std, min, 25%, 50%, 75%, max of ascending `sorted`; nil where undefined (the
    /// std of fewer than two values, anything but the count of none).
    private static func describe(_ sorted: [Double]) -> [Double?] {
        let count = Double(sorted.count)
        guard !sorted.isEmpty else { return [0, nil, nil, nil, nil, nil, nil, nil] }
        let mean = sorted.reduce(0, +) / count
        let deviation = sorted.count > 1 ? (sorted.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (count - 1)).squareRoot() : nil
        let quartiles = [0.25, 0.5, 0.75].map { BoxStatistics.quantile(sorted, $0) }
        return [count, mean, deviation, sorted.first] + quartiles + [sorted.last]
    }
}
