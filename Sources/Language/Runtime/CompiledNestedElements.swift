/// `grid[i][j]` for an array of arrays held by a variable, indexed by expressions that cannot
/// change it (variables, literals, integer arithmetic of them: `grid[i - 1][j]`): the element is
/// read where the row stores it, without copying the row out of the grid first (a retain and a
/// release per read, most of a stencil loop's time). The indices are evaluated in Swift's order,
/// the row's before the row is read and the column's after; anything else — another container,
/// an index out of range, a non-Int index — takes the general reads, which report it. Indices
/// that `InlineIndex` computes without effects are computed first, and the element read in one
/// pass when both are in range.
enum NestedElementCompiler {
    static func element(_ base: Expr, _ index: Expr, _ loc: Loc, _ context: CompileContext) -> CompiledExpression? {
        guard case .subscriptAccess(.name(let ref), let outer, let outerLoc) = base, outer.count == 1, outer[0].label == nil,
              outer[0].value.cannotChangeContainers, index.cannotChangeContainers else { return nil }
        let row = InlineIndex(outer[0].value, context), column = InlineIndex(index, context)
        /// The reads one at a time, for what the fast path does not take.
        func general(_ interpreter: Interpreter, _ container: Value, _ rowIndex: Value) throws -> Value {
            let line = try interpreter.subscriptValue(container, [rowIndex], [nil], outerLoc)
            return try interpreter.subscriptValue(line, [column.value(interpreter)], [nil], loc)
        }
        switch ref.resolution {
        case .local(let depth, let slot):
            return { interpreter in
                let slots = try interpreter.slots(atDepth: depth, ref.loc)
                if let rowOffset = row.offset(interpreter), let columnOffset = column.offset(interpreter),
                   let value = element(of: slots[slot], rowOffset, columnOffset) {
                    return value
                }
                let rowIndex = try row.value(interpreter)
                guard hasRow(slots[slot], rowIndex) else { return try general(interpreter, slots[slot], rowIndex) }
                let columnIndex = try column.value(interpreter)
                if let value = element(of: slots[slot], rowIndex, columnIndex) { return value }
                return try interpreter.subscriptValue(interpreter.subscriptValue(slots[slot], [rowIndex], [nil], outerLoc), [columnIndex], [nil], loc)
            }
        case .global(let global):
            let storage = context.globalSlot(global)
            return { interpreter in
                if let rowOffset = row.offset(interpreter), let columnOffset = column.offset(interpreter), case .some = storage.pointer.pointee,
                   let value = element(of: storage.pointer.pointee.unsafelyUnwrapped, rowOffset, columnOffset) {
                    return value
                }
                let rowIndex = try row.value(interpreter)
                // Read where the global is stored, so the grid is not copied out of it first.
                guard case .some = storage.pointer.pointee, hasRow(storage.pointer.pointee.unsafelyUnwrapped, rowIndex) else {
                    return try general(interpreter, storage.pointer.pointee ?? interpreter.load(ref), rowIndex)
                }
                let columnIndex = try column.value(interpreter)
                if case .some = storage.pointer.pointee,
                   let value = element(of: storage.pointer.pointee.unsafelyUnwrapped, rowIndex, columnIndex) {
                    return value
                }
                let container = try storage.pointer.pointee ?? interpreter.load(ref)
                return try interpreter.subscriptValue(interpreter.subscriptValue(container, [rowIndex], [nil], outerLoc),
                                                      [columnIndex], [nil], loc)
            }
        default:
            return nil
        }
    }

    /// Whether `container` is an array with an array at `rowIndex`. It calls nothing, so the
    /// compiler can look where the arrays are stored without retaining them.
    @inline(__always)
    private static func hasRow(_ container: Value, _ rowIndex: Value) -> Bool {
        guard case .array(let rows) = container, case .int(let offset) = rowIndex, rows.indices.contains(offset),
              case .array = rows[offset] else { return false }
        return true
    }

    @inline(__always)
    private static func element(of container: Value, _ rowIndex: Value, _ columnIndex: Value) -> Value? {
        guard case .int(let rowOffset) = rowIndex, case .int(let columnOffset) = columnIndex else { return nil }
        return element(of: container, rowOffset, columnOffset)
    }

    @inline(__always)
    private static func element(of container: Value, _ rowOffset: Int, _ columnOffset: Int) -> Value? {
        guard case .array(let rows) = container, rows.indices.contains(rowOffset), case .array(let line) = rows[rowOffset],
              line.indices.contains(columnOffset) else { return nil }
        return line[columnOffset]
    }
}
