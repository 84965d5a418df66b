/// `self` in a struct's `mutating` method is changed in place, in the instance its frame's slot 0
/// holds: the receiver was moved there from where it is stored (the frame "owns" it). A copy the
/// method took of `self` (`let copy = self`) shares that instance, so before `self` changes the
/// instance is copied if anything else refers to it: the copy keeps the values it had, as in
/// Swift. Other frames are left as they are: a class's `self` is a reference, and an initialiser
/// or a setter changes the very instance its caller holds.
extension Interpreter {
    /// Whether the frame `depth` frames up is a mutating method's, owning the struct in its `self`.
    func ownsSelf(_ depth: Int) -> Bool {
        frame?.ancestor(depth).ownsSelf ?? false
    }

    /// Makes the struct in the slot of `self`, `depth` frames up, uniquely referenced, when that
    /// frame owns it.
    func makeSelfUnique(_ depth: Int) {
        guard let owner = frame?.ancestor(depth), owner.ownsSelf else { return }
        owner.slots[0].makeStructUnique()
    }

    /// `makeSelfUnique` for `base`, when it is `self`.
    func makeSelfUnique(ifSelf base: Expr) {
        if case .selfValue(let ref) = base, case .local(let depth, 0) = ref.resolution { makeSelfUnique(depth) }
    }

    /// Whether `value` is an instance of a struct or an enum, whose methods change it where it is stored.
    func isStructInstance(_ value: Value) -> Bool {
        guard case .object(let object) = value else { return false }
        return object.isStructValue || object.isEnumValue
    }
}
