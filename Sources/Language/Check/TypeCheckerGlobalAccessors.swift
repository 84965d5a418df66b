/// The accessors of a top-level computed or observed variable, checked as functions: the getter
/// returns the variable's type, the setter and the observers take a value of it.
extension TypeChecker {
    func checkGlobalAccessors(_ accessors: GlobalAccessors, type: StaticType?) {
        for function in accessors.functions {
            if function !== accessors.getter, let type {
                for index in function.parameters.indices where function.parameters[index].type == nil {
                    function.parameters[index].type = type
                }
            }
            _ = checkFunction(function, owner: nil)
        }
    }
}
