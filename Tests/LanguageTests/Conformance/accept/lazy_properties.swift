class DataLoader {
    let name: String
    lazy var rows: [Int] = {
        print("loading \(name)")
        return [1, 2, 3]
    }()
    lazy var total = rows.reduce(0, +)
    init(name: String) { self.name = name }
}

let loader = DataLoader(name: "table")
print("created")
print(loader.rows.count)
print(loader.rows)
print(loader.total)
loader.rows.append(4)
print(loader.rows, loader.total)
