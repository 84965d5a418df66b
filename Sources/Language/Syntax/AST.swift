/// The small AST the notebook language is lowered to from swift-syntax's tree. Only the subset
/// described in DESIGN.md exists here; everything else is rejected during lowering.

/// A use of a name. The resolver fills in `resolution`; the evaluator only reads it.
final class NameRef {
    let name: String
    let loc: Loc
    var resolution: Resolution = .unresolved
    /// Set by the resolver when the name is a `let`, so mutating methods can be refused.
    var isConstant = false
    /// The written type of a declared name (`let x: Double`), for the type checker.
    var declaredType: StaticType?
    /// `Stack<Int>` where a generic type is called: its written arguments, kept for printing.
    var typeArguments: [String]?
    /// `Self` in a protocol or an extension: in a protocol's extension the resolver makes it the
    /// type of the value the method runs on (`Self.make()` makes the conforming type's value).
    var isSelfType = false
    /// Where a generic function is called: the types the checker bound its generic parameters to
    /// (`T` → `Double`), which its body may use as values (`T.zero`, `T(n)`).
    var genericArguments: [String: String]?
    /// On the name a top-level computed or observed variable declares: its accessors.
    var accessors: GlobalAccessors?
    /// Set by the resolver on a use of such a variable: reads and writes go through its accessors.
    var isThroughAccessors = false
    /// Set by the checker on `text` in `text += piece` when `text` is a String: the append is
    /// compiled to change the string where the variable stores it (see `StringAppendCompiler`).
    var isTextBeingBuilt = false

    init(_ name: String, _ loc: Loc) {
        self.name = name
        self.loc = loc
    }
}

enum Resolution {
    case unresolved
    /// A local variable `depth` frames up from the current one, at `slot`.
    case local(depth: Int, slot: Int)
    /// A global of the session (a top-level name of some cell, or one set by the host).
    case global(Int)
    /// A binding or standard-library value, fixed when the cell is resolved.
    case constant(Value)
    /// A member of `self` used without `self.` inside a method (`self` is at `depth`, slot 0).
    case implicitSelf(depth: Int)
}

struct Argument {
    var label: String?
    var value: Expr
    /// True for trailing closures, which may fill a labelled closure parameter.
    var isTrailingClosure = false
}

enum BinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case identical = "===", notIdentical = "!=="
    case halfOpenRange = "..<", closedRange = "..."
    case shiftLeft = "<<", shiftRight = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"
    case wrappingAdd = "&+", wrappingSubtract = "&-", wrappingMultiply = "&*"
}

enum UnaryOperator: String {
    case negate = "-", not = "!", plus = "+", bitNot = "~"
}

/// `.north` or `.circle(radius: 2)`: a member of the type the context expects. When that type is
/// a script enum, the type checker records it in `enumName`; otherwise the member stays a symbol
/// that bindings convert to their own enum types (`.relu`).
final class ImplicitMember {
    let name: String
    let loc: Loc
    var enumName: String?
    /// `enumName` is a generic parameter (`.zero` as a `T`), found in the running call's environment.
    var isThroughGenericParameter = false
    /// The generic arguments of the enum the context expects (`Result<Int, Failure>` for
    /// `.success(1)`), which the value keeps for printing.
    var typeArguments: [String]?

    init(_ name: String, _ loc: Loc) {
        self.name = name
        self.loc = loc
    }
}

/// `super.name` in a method of a class: the member as the superclass implements it, applied to
/// `self`. `super.init(…)` runs the superclass's initialiser (nothing when the superclass is a
/// host class, whose object exists before `init` runs).
final class SuperMember {
    let selfRef: NameRef
    let name: String
    let loc: Loc
    /// The script superclass of the class whose method this is; set by the resolver.
    var superclassName: String?

    init(_ selfRef: NameRef, _ name: String, _ loc: Loc) {
        self.selfRef = selfRef
        self.name = name
        self.loc = loc
    }
}

/// See `Expr.described`.
final class DescribedValue {
    let expr: Expr
    var type: StaticType?

    init(_ expr: Expr) { self.expr = expr }
}

/// An integer or floating-point literal. Its value's type is decided by the type checker from
/// the context (`let x: Double = 7` stores 7.0), so the checker may replace `value`.
final class NumberLiteral {
    /// The value the checker gave the literal from its context (`2` in `let x: Double = 2` is 2.0).
    var value: Value
    /// The value as written (an Int or a Double), which every check starts from, so checking a
    /// literal again in another context (as overload resolution does) gives that context's value.
    let written: Value
    let isFloat: Bool
    let loc: Loc

    init(_ value: Value, isFloat: Bool, _ loc: Loc) {
        self.value = value
        self.written = value
        self.isFloat = isFloat
        self.loc = loc
    }
}

indirect enum Expr {
    case literal(Value, Loc)
    case number(NumberLiteral)
    case interpolation([InterpolationPart])
    case name(NameRef)
    case selfValue(NameRef)
    case member(Expr, String, Loc)
    case implicitMember(ImplicitMember)
    case call(Expr, [Argument], Loc)
    case subscriptAccess(Expr, [Argument], Loc)
    case closure(FunctionDecl)
    case binary(BinaryOperator, Expr, Expr, Loc)
    case and(Expr, Expr, Loc)
    case or(Expr, Expr, Loc)
    case nilCoalescing(Expr, Expr, Loc)
    case unary(UnaryOperator, Expr, Loc)
    case forceUnwrap(Expr, Loc)
    /// `base?` inside an optional chain: yields nil for the whole `chain` when `base` is nil.
    case optionalBind(Expr, Loc)
    case optionalChain(Expr)
    case ternary(Expr, Expr, Expr, Loc)
    case array([Expr], Loc)
    case dictionary([(Expr, Expr)], Loc)
    case tuple([Expr], labels: [String?], Loc)
    case oneSidedRange(lower: Expr?, upper: Expr?, closed: Bool, Loc)
    case assign(Expr, Expr, Loc)
    case compoundAssign(BinaryOperator, Expr, Expr, Loc)
    case cast(Expr, typeName: String, conditional: Bool, Loc)
    /// The run-time conversion of an annotated value (`let x: Double = f()`) for values whose type
    /// the checker could not know; "Double" or "[Double]".
    case coerce(Expr, typeName: String)
    /// A value being printed (a `print` argument, an interpolated value): the checker records its
    /// static type so optionals print as Swift prints them (`Optional(3)`, `[Optional(1), nil]`).
    case described(DescribedValue)
    /// `type(of: x)`: the checker records `x`'s static type, which is the type Swift names for a
    /// value of a structural or generic type (`Array<Int>`, `Optional<Int>`, `Box<Double>`); a class
    /// instance or a value held as `Any` or a protocol is named by its dynamic type.
    case dynamicType(DescribedValue, Loc)
    /// `try f()`: evaluates `f()`; the checker requires it around calls of throwing functions.
    case tried(Expr, Loc)
    /// `try? f()`: nil when `f` throws. `try! f()`: a run-time error when it throws.
    case tryOptional(Expr)
    case tryForce(Expr, Loc)
    case typeCheck(Expr, typeName: String, Loc)
    case discard(Loc)
    /// `&x` passed to an `inout` parameter: the call writes the parameter's final value back to `x`.
    case inoutArgument(Expr, Loc)
    case superMember(SuperMember)

    var loc: Loc {
        switch self {
        case .interpolation, .closure, .optionalChain, .coerce, .tryOptional, .described: return firstLoc ?? .unknown
        case .tryForce(_, let loc), .tried(_, let loc): return loc
        case .literal(_, let loc): return loc
        case .implicitMember(let member): return member.loc
        case .superMember(let member): return member.loc
        case .number(let literal): return literal.loc
        case .name(let ref), .selfValue(let ref): return ref.loc
        case .member(_, _, let loc), .call(_, _, let loc),
             .subscriptAccess(_, _, let loc), .binary(_, _, _, let loc), .and(_, _, let loc),
             .or(_, _, let loc), .nilCoalescing(_, _, let loc), .unary(_, _, let loc),
             .forceUnwrap(_, let loc), .optionalBind(_, let loc), .ternary(_, _, _, let loc),
             .array(_, let loc), .dictionary(_, let loc), .tuple(_, _, let loc),
             .oneSidedRange(_, _, _, let loc), .assign(_, _, let loc), .compoundAssign(_, _, _, let loc),
             .cast(_, _, _, let loc), .typeCheck(_, _, let loc), .discard(let loc), .inoutArgument(_, let loc),
             .dynamicType(_, let loc):
            return loc
        }
    }

    /// `self`, inside a method or initialiser.
    var isSelf: Bool {
        if case .selfValue = self { return true }
        return false
    }

    private var firstLoc: Loc? {
        switch self {
        case .closure(let decl): return decl.loc
        case .optionalChain(let inner), .coerce(let inner, _), .tryOptional(let inner): return inner.loc
        case .described(let described): return described.expr.loc
        default: return nil
        }
    }
}

enum InterpolationPart {
    case text(String)
    case value(Expr)
}

/// A pattern on the left of `let`/`var`, in `for`-`in`, or in a closure parameter list.
indirect enum Pattern {
    case bind(NameRef)
    case tuple([Pattern])
    case wildcard
}

/// A pattern of a `switch` case, `if case`, `guard case` or `for case`.
indirect enum CasePattern {
    /// A value compared with `~=`: equality, or membership for a range (`case 1...5`).
    case expression(Expr)
    /// `let x` / `var x`: binds the matched value.
    case binding(NameRef)
    case wildcard
    case tuple([CasePattern])
    /// `x?`: matches a present optional and matches its value against the inner pattern.
    case some(CasePattern)
    /// `let e as ParseError` / `is Int`: matches values of that type, then the inner pattern.
    case typed(CasePattern, String)
    /// `.circle(let r)`: an enum case with patterns for its associated values.
    case enumCase(String, [CasePattern], Loc)
}

/// One `case` (or `default`) of a switch: any of its patterns matching, and its `where` clause
/// holding, runs its body. Bindings of the patterns live in the body's frame.
struct SwitchCase {
    var patterns: [(CasePattern, whereClause: Expr?)]
    var isDefault: Bool
    var body: Block
    var loc: Loc
}

/// `catch Pattern where …` or a bare `catch`, which binds the error to `error`.
struct CatchClause {
    var patterns: [(CasePattern, whereClause: Expr?)]
    /// The implicit `error` of a bare `catch`.
    var implicitError: NameRef?
    var body: Block
}

enum Condition {
    case boolean(Expr)
    /// `if case .some(let x) = value`, `guard case 1...9 = n`.
    case caseMatch(CasePattern, Expr)
    /// `if let name = value` / `guard var name = value`, or the shorthand `if let name`.
    case optionalBinding(Pattern, Expr, isLet: Bool)
}

/// A parameter of a script function or closure, with Swift's argument label rules.
struct Parameter {
    var label: String?
    var name: NameRef
    var defaultValue: Expr?
    var isVariadic = false
    /// "Double" or "[Double]" when the declared type makes Swift convert integer arguments.
    var coercion: String?
    /// The written type, for the type checker.
    var type: StaticType?
    /// `inout`: the argument is written back when the call returns.
    var isInout = false
}

extension Parameter {
    /// What argument matching needs to know of the parameter.
    var shape: ArgumentMatching.ParameterShape {
        ArgumentMatching.ParameterShape(label: label, hasDefault: defaultValue != nil, isVariadic: isVariadic, isClosure: false)
    }
}

final class FunctionDecl {
    let name: String
    var parameters: [Parameter]
    var body: [Stmt]
    let loc: Loc
    /// Set by lowering for closures written with `$0`, `$1`, …
    var isMethod = false
    /// A generic function whose body may use its generic parameters as values (`T.zero`, `T(n)`,
    /// an implicit member such as `.zero`): its calls record what they bind them to, set by the resolver.
    var usesGenericParametersAsValues = false
    var isInitializer = false
    /// A struct's synthesised memberwise initialiser: its parameters' defaults are the stored
    /// properties' initial values, evaluated only when an argument is left out.
    var isMemberwise = false
    /// `init?`: `return nil` makes the initialiser's call nil.
    var isFailable = false
    /// A class's `convenience init`, which its subclasses inherit when they override every
    /// designated initialiser.
    var isConvenience = false
    /// A `mutating` method of a struct: it works on a copy of the receiver that is written back.
    var isMutating = false
    /// Declared `throws`: calls need `try`.
    var isThrowing = false
    /// A read-only computed property (`var area: Double { width * height }`): a method without
    /// parameters that reading the property calls.
    var isComputedProperty = false
    /// Frame slots needed by parameters and locals; filled in by the resolver.
    var slotCount = 0
    /// For a single-expression body (`{ $0 * 2 }`, `func f() -> Int { 1 }`), its value is returned.
    var implicitReturn = false
    /// The closure `{ T($0) }` that `T.init` written as a value stands for; the resolver gives
    /// it the labels and parameters of `T`'s initialiser (see `InitializerReferences`).
    var isInitializerReference = false
    /// The body's closing brace, where Swift reports a missing `return`.
    var endLoc: Loc?
    /// The written return type (nil when none is written: `Void` for functions, inferred for closures).
    var returnType: StaticType?
    /// A `static`/`class` member: `self` is the type, and it is reached through the type's name.
    var isStatic = false
    /// A protocol requirement: a signature without a body.
    var isRequirement = false
    /// `<T: Comparable, U>` and `where T: Hashable`: each generic parameter with the protocols it must conform to.
    var genericParameters: [GenericParameter] = []
    /// The body compiled into closures on the first call (see `CompiledFunction`).
    var compiled: CompiledFunction?

    init(name: String, parameters: [Parameter], body: [Stmt], loc: Loc) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.loc = loc
    }
}

/// A block that opens a new scope. `slotCount` is filled in by the resolver; a block that
/// declares nothing gets no frame at run time.
final class Block {
    var statements: [Stmt]
    var slotCount = 0

    init(_ statements: [Stmt]) { self.statements = statements }
}

indirect enum Stmt {
    case expression(Expr)
    case declaration(Pattern, Expr?, isLet: Bool, Loc)
    case function(NameRef, FunctionDecl)
    case classDeclaration(ClassDecl)
    case ifStatement([Condition], Block, Stmt?)
    case block(Block)
    case guardStatement([Condition], Block, Loc)
    case whileLoop([Condition], Block)
    case repeatLoop(Block, Expr)
    case forIn(Pattern, Expr, whereClause: Expr?, Block, Loc)
    case switchStatement(Expr, [SwitchCase], Loc)
    case throwStatement(Expr, Loc)
    case doCatch(Block, [CatchClause])
    /// Runs its block when the enclosing scope exits, latest `defer` first.
    case deferStatement(Block)
    case breakStatement(Loc)
    case continueStatement(Loc)
    case returnStatement(Expr?, Loc)
}
