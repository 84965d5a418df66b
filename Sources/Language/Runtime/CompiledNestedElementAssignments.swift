/// `grid[i][j] = value` and `grid[i][j] op= value` for a local or global variable, in one step:
/// the row index, the column index and the right-hand side are evaluated in Swift's order, then
/// the grid is moved out of its variable, the row out of the grid, and the element changed where
/// the row stores it. Each array is copied first only when something else refers to it (a
/// `var next = grid` made before, a row shared with another grid), as Swift's copy-on-write does.
/// A grid or row of another kind (a dictionary, a user subscript) takes `modifyElement` and
/// `replaceElement`, the general steps, at the level where it appears.
struct NestedElementAssignment {
    /// Where the grid is stored.
    private enum Variable {
        case local(depth: Int, slot: Int)
        case global(GlobalSlot)
    }

    private let ref: NameRef
    private let variable: Variable
    private let row: InlineIndex
    private let column: InlineIndex
    /// Where `grid[i]` and `grid[i][j]` are written, for an index out of range.
    private let rowLoc: Loc
    private let loc: Loc

    /// `change` is nil for a plain `=`, which replaces the element (a user subscript's setter runs
    /// without its getter, as in Swift). Nil unless `target` is a variable subscripted twice by one
    /// unlabelled index each time.
    static func assignment(_ target: Expr, _ value: @escaping CompiledExpression, _ context: CompileContext,
                           _ change: ExpressionCompiler.ElementChange?) -> CompiledExpression? {
        guard case .subscriptAccess(.subscriptAccess(.name(let ref), let outer, let rowLoc), let inner, let loc) = target,
              outer.count == 1, outer[0].label == nil, inner.count == 1, inner[0].label == nil else { return nil }
        let variable: Variable
        switch ref.resolution {
        case .local(let depth, let slot): variable = .local(depth: depth, slot: slot)
        case .global(let global): variable = .global(context.globalSlot(global))
        default: return nil
        }
        let site = NestedElementAssignment(ref: ref, variable: variable, row: InlineIndex(outer[0].value, context),
                                           column: InlineIndex(inner[0].value, context), rowLoc: rowLoc, loc: loc)
        guard let change else {
            return { interpreter in
                let rowIndex = try site.row.value(interpreter), columnIndex = try site.column.value(interpreter)
                let new = try value(interpreter)
                try site.change(interpreter, rowIndex, columnIndex) { element in element = new } general: { line in
                    try interpreter.replaceElement(&line, columnIndex, new, site.loc)
                }
                return .void
            }
        }
        return { interpreter in
            let rowIndex = try site.row.value(interpreter), columnIndex = try site.column.value(interpreter)
            let rhs = try value(interpreter)
            try site.change(interpreter, rowIndex, columnIndex) { element in try change(interpreter, &element, rhs) } general: { line in
                _ = try interpreter.modifyElement(&line, columnIndex, site.loc) { element in
                    try change(interpreter, &element, rhs)
                    return true
                }
            }
            return .void
        }
    }

    /// Element `columnIndex` of row `rowIndex` of the grid, changed by `body` where the variable
    /// stores it; a row that is not an array is changed by `general` instead.
    @inline(__always)
    private func change(_ interpreter: Interpreter, _ rowIndex: Value, _ columnIndex: Value, _ body: (inout Value) throws -> Void,
                        general: (inout Value) throws -> Void) throws {
        switch variable {
        case .local(let depth, let slot):
            let slots = try interpreter.slots(atDepth: depth, ref.loc)
            try changeInGrid(interpreter, &slots[slot], rowIndex, columnIndex, body, general)
        case .global(let storage):
            try interpreter.modifyGlobal(storage.pointer, ref) { grid in
                try changeInGrid(interpreter, &grid, rowIndex, columnIndex, body, general)
                return true
            }
        }
    }

    @inline(__always)
    private func changeInGrid(_ interpreter: Interpreter, _ grid: inout Value, _ rowIndex: Value, _ columnIndex: Value,
                              _ body: (inout Value) throws -> Void, _ general: (inout Value) throws -> Void) throws {
        guard case .array = grid, case .int(let offset) = rowIndex, case .array(var rows) = grid.take() else {
            _ = try interpreter.modifyElement(&grid, rowIndex, rowLoc) { line in
                try changeInRow(&line, columnIndex, body, general)
                return true
            }
            return
        }
        defer { grid = .array(rows) }
        guard rows.indices.contains(offset) else { throw Self.outOfRange(offset, rows.count, rowLoc) }
        try changeInRow(&rows[offset], columnIndex, body, general)
    }

    @inline(__always)
    private func changeInRow(_ line: inout Value, _ columnIndex: Value, _ body: (inout Value) throws -> Void,
                             _ general: (inout Value) throws -> Void) throws {
        guard case .array = line, case .int(let offset) = columnIndex, case .array(var items) = line.take() else {
            return try general(&line)
        }
        defer { line = .array(items) }
        guard items.indices.contains(offset) else { throw Self.outOfRange(offset, items.count, loc) }
        try body(&items[offset])
    }

    private static func outOfRange(_ offset: Int, _ count: Int, _ loc: Loc) -> LocatedError {
        LocatedError(.runtime, "index \(offset) out of range for an array of \(count) elements", loc)
    }
}
