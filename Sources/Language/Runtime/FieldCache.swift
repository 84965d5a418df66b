/// The position of a stored property, by name, in the class last seen at one member access.
/// Compiled member accesses nearly always see one class, so the name is looked up once per class
/// rather than on every access.
final class FieldCache {
    private var scriptClass: ScriptClass?
    private var index: Int?
    /// Whether the class is a struct whose property at `index` has no `willSet`/`didSet` and is not
    /// `lazy`: a change may then write the property directly, with nothing to run around it.
    private var isPlainStructField = false
    /// Whether the property at `index` is read straight from an instance's fields: it is not
    /// `lazy` (computed on its first read), not `weak` or `unowned` (held through a
    /// `NonOwningReference`), and the class is not an enum (whose fields are the associated values
    /// of its cases).
    private var isDirectlyRead = false

    @inline(__always)
    func index(in scriptClass: ScriptClass, _ name: String) -> Int? {
        if scriptClass !== self.scriptClass { refresh(scriptClass, name) }
        return index
    }

    /// The index of stored property `name` when `scriptClass` is a struct and the property is plain
    /// (see `isPlainStructField`); nil otherwise.
    @inline(__always)
    func plainStructFieldIndex(in scriptClass: ScriptClass, _ name: String) -> Int? {
        if scriptClass !== self.scriptClass { refresh(scriptClass, name) }
        return isPlainStructField ? index : nil
    }

    /// The index of stored property `name` when it can be read straight from the fields of an
    /// instance of `scriptClass` (see `isDirectlyRead`); nil otherwise.
    @inline(__always)
    func directlyReadIndex(in scriptClass: ScriptClass, _ name: String) -> Int? {
        if scriptClass !== self.scriptClass { refresh(scriptClass, name) }
        return isDirectlyRead ? index : nil
    }

    /// `directlyReadIndex` when `scriptClass` is the class this cache last saw; nil otherwise,
    /// without looking the name up.
    @inline(__always)
    func directlyReadIndex(ifSeen scriptClass: ScriptClass) -> Int? {
        scriptClass === self.scriptClass && isDirectlyRead ? index : nil
    }

    /// Stored property `name` when `value` is a struct (see `structFieldIndex`).
    func structField(of value: Value, _ name: String) -> StructField? {
        guard case .object(let instance) = value, instance.isStructValue,
              let index = index(in: instance.scriptClass, name) else { return nil }
        return StructField(scriptClass: instance.scriptClass, index: index)
    }

    @inline(never)
    private func refresh(_ scriptClass: ScriptClass, _ name: String) {
        self.scriptClass = scriptClass
        index = scriptClass.fieldIndex[name]
        isPlainStructField = index != nil && scriptClass.decl.isStruct && scriptClass.observedFields[name] == nil
        isDirectlyRead = index.map { scriptClass.nonOwningFields[$0] == nil } ?? false && !scriptClass.decl.isEnum
            && scriptClass.observedFields[name]?.isLazy != true
    }
}
