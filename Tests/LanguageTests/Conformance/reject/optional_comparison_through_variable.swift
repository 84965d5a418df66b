let scores = ["a": 3, "b": 7]
let best = scores["b"]
if best > 5 {
    print("high")
}
