import Foundation
typealias Vector = [Double]
typealias Celsius = Double
typealias Grid = [[Int]]
typealias Scores = [String: Int]
typealias Point = (x: Double, y: Double)
typealias Temperature = Celsius
typealias Transform = (Double) -> Double
func norm(_ v: Vector) -> Double { v.map { $0 * $0 }.reduce(0, +).squareRoot() }
let v: Vector = [3, 4]
print(norm(v))
var w = Vector()
w.append(1)
print(w)
let zeros = Vector(repeating: 0, count: 3)
print(zeros)
let boiling: Celsius = 100
print(boiling)
let room = Celsius(21)
print(room, type(of: room))
let hot: Temperature = 40
print(hot / 3)
var grid: Grid = [[1, 2], [3, 4]]
grid[1][0] = 9
print(grid)
var scores: Scores = [:]
scores["ada"] = 3
print(scores)
let origin: Point = (0, 0)
print(origin, origin.x)
func apply(_ f: Transform, _ x: Double) -> Double { f(x) }
print(apply({ $0 * 2 }, 5))
let mixed: [Any] = [1.5, 2]
print(mixed.compactMap { $0 as? Celsius })
struct Reading {
    var values: Vector
    var unit: Celsius = 0
}
print(Reading(values: [1, 2]))
let early: Later = 7
print(early / 2)
typealias Later = Double
