// Valid neighbours of the override rejections.
protocol Named { var name: String { get } }

class Animal: Named, CustomStringConvertible {
    var legs = 4
    var name: String { "animal" }
    var description: String { "\(name) on \(legs) legs" }
    func speak() -> String { "..." }
    func feed(_ grams: Int) -> String { "ate \(grams) g" }
    final func kind() -> String { "creature" }
    class func family() -> String { "animals" }
}

class Bird: Animal {
    let canFly: Bool
    override init() {
        canFly = true
        super.init()
        legs = 2
    }
    init(flying: Bool) {
        canFly = flying
        super.init()
    }
    convenience init(ostrich: Bool) {
        self.init(flying: !ostrich)
    }
    override var name: String { "bird" }
    override func speak() -> String { "tweet" }
    func feed(_ grams: Double) -> String { "pecked \(grams) g" }
    override class func family() -> String { "birds" }
}

class Shape {
    let sides: Int
    required init(sides: Int) { self.sides = sides }
}

class Square: Shape {
    required init(sides: Int) { super.init(sides: 4) }
}

let bird = Bird(ostrich: true)
print(bird, bird.speak(), bird.feed(3), bird.feed(2.5), bird.kind(), bird.canFly, Bird.family())
print(Square(sides: 7).sides, Animal().description)
