let values: [Int?] = [nil, 3, 12]
for value in values {
    switch value {
    case .none: print("missing")
    case .some(let n) where n > 10: print("big \(n)")
    case let n?: print("value \(n)")
    }
}
