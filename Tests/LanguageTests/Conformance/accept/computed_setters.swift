struct Rectangle {
    var width = 1.0
    var height = 1.0
    var area: Double {
        get { width * height }
        set { width = newValue / height }
    }
    var size: (Double, Double) {
        get { (width, height) }
        set(dimensions) {
            width = dimensions.0
            height = dimensions.1
        }
    }
}

var r = Rectangle(width: 2, height: 4)
print(r.area)
r.area = 20
print(r.width, r.area)
r.size = (3, 5)
print(r)
r.area += 5
print(r.width)
let copy = r
r.width = 100
print(copy.width, r.width)

class Thermometer {
    var celsius = 0.0
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
let t = Thermometer()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
var rects = [Rectangle(), Rectangle(width: 2, height: 2)]
rects[1].area = 10
print(rects[1].width)
