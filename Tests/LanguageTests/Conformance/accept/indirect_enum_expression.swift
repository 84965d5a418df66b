indirect enum Expression {
    case number(Double)
    case add(Expression, Expression)
    case multiply(Expression, Expression)
    case negate(Expression)
}

func evaluate(_ expression: Expression) -> Double {
    switch expression {
    case .number(let value): return value
    case .add(let left, let right): return evaluate(left) + evaluate(right)
    case .multiply(let left, let right): return evaluate(left) * evaluate(right)
    case .negate(let inner): return -evaluate(inner)
    }
}

func render(_ expression: Expression) -> String {
    switch expression {
    case .number(let value): return "\(value)"
    case let .add(left, right): return "(\(render(left)) + \(render(right)))"
    case let .multiply(left, right): return "\(render(left)) * \(render(right))"
    case .negate(let inner): return "-\(render(inner))"
    }
}

let five = Expression.number(5)
let four = Expression.number(4)
let sum = Expression.add(five, four)
let product = Expression.multiply(sum, .negate(.number(2)))
print(evaluate(product))
print(render(product))

enum List {
    case end
    indirect case node(Int, List)
    var sum: Int {
        switch self {
        case .end: return 0
        case .node(let value, let rest): return value + rest.sum
        }
    }
}
let list = List.node(1, .node(2, .node(3, .end)))
print(list.sum)
