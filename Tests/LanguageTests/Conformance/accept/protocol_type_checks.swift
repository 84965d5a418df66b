protocol Drawable {
    func draw() -> String
}

class Shape {
    var name: String { "shape" }
}

class Circle: Shape, Drawable {
    override var name: String { "circle" }
    func draw() -> String { "()" }
}

class Blob: Shape {}

struct Label: Drawable {
    var text: String
    func draw() -> String { "[\(text)]" }
}

let items: [Any] = [Circle(), Blob(), Label(text: "hi"), 42, "text"]
for item in items {
    if let drawable = item as? Drawable {
        print("drawable:", drawable.draw())
    } else if let shape = item as? Shape {
        print("shape:", shape.name)
    } else {
        print("other:", item)
    }
}
print(items.filter { $0 is Shape }.count, items.filter { $0 is Drawable }.count)
let shapes: [Shape] = [Circle(), Blob()]
print(shapes.map { $0 is Circle }, shapes.map { $0.name })
print(Blob())
print([Blob()])
