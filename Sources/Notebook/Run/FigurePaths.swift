import Builtins
import Report

/// Where a figure or a file a cell wrote belongs: in the folder of the page that shows it,
/// `<page>_files/`. A cell restored from the cache may have been stored by another notebook with
/// the same cell (a copy, `cp draft.md final.md`); its files move into the running page's own
/// folder, so each page stands on its own.
enum FigurePaths {
    /// `path` (`draft_files/plot-1.png`) in page `page`'s folder (`final_files/plot-1.png`).
    static func path(_ path: String, forPage page: String) -> String {
        guard let slash = path.firstIndex(of: "/") else { return path }
        return "\(page)_files" + path[slash...]
    }
}

extension CellResult {
    /// The result with every figure and written file in page `page`'s folder.
    func movingFigures(toPage page: String) -> CellResult {
        var result = self
        result.outputs = outputs.map { output in
            guard let path = output.pageFilePath else { return output }
            return output.withPageFilePath(FigurePaths.path(path, forPage: page))
        }
        return result
    }
}
