package dev.torchlet.python.modules.vision;

/**
 * {@code torchvision} (as 0.14, the release beside PyTorch 1.13), written in Python over a few Java
 * helpers ({@link VisionNatives}): {@code datasets.MNIST}/{@code FashionMNIST} read the bundled
 * IDX files, {@code transforms} (ToTensor, PILToTensor, Normalize, Compose, Lambda, Resize),
 * {@code utils.make_grid}. Torchlet has no PIL: a dataset item is an {@code Image} stand-in
 * (mode "L", a uint8 H×W tensor inside) that the transforms accept where torchvision takes a PIL image.
 */
public final class VisionSource {
    private VisionSource() {
    }

    public static final String SOURCE = """
import math
import torch

__version__ = "0.14.1"


class Image:
    # Torchlet's stand-in for a PIL image of mode "L": the uint8 pixels of one grey image.
    def __init__(self, pixels):
        self._pixels = pixels
        self.mode = "L"
        self.height = pixels.size(0)
        self.width = pixels.size(1)
        self.size = (self.width, self.height)

    def getbands(self):
        return ("L",)

    def resize(self, size, resample=None):
        mode = "bilinear" if resample is None else resample
        if not isinstance(mode, str):
            mode = mode.value
        width, height = size
        if (width, height) == self.size:
            return Image(self._pixels.clone())
        return Image(_pil_resize(self._pixels, width, height, mode))

    def tolist(self):
        # What np.array(img).tolist() gives for a PIL image; plt.imshow(img) reads it through this.
        return self._pixels.tolist()

    def getpixel(self, xy):
        return int(self._pixels[xy[1], xy[0]])

    def __repr__(self):
        return f"<Image mode={self.mode} size={self.width}x{self.height}: Torchlet's stand-in for a PIL image>"


def _is_image(x):
    return isinstance(x, Image)


def _as_tensor(values, dtype):
    return values.to(dtype) if isinstance(values, torch.Tensor) else torch.tensor(values, dtype=dtype)


def _type(x):
    # As torchvision's messages print type(x); Torchlet's tensor class does not carry its module name yet.
    return "<class 'torch.Tensor'>" if isinstance(x, torch.Tensor) else str(type(x))


def _is_float(t):
    return t.dtype == torch.float32 or t.dtype == torch.float64


class InterpolationMode:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f"<InterpolationMode.{self.name}: '{self.value}'>"

    def __str__(self):
        return "InterpolationMode." + self.name


InterpolationMode.NEAREST = InterpolationMode("NEAREST", "nearest")
InterpolationMode.BILINEAR = InterpolationMode("BILINEAR", "bilinear")
InterpolationMode.BICUBIC = InterpolationMode("BICUBIC", "bicubic")
InterpolationMode.BOX = InterpolationMode("BOX", "box")
InterpolationMode.HAMMING = InterpolationMode("HAMMING", "hamming")
InterpolationMode.LANCZOS = InterpolationMode("LANCZOS", "lanczos")
_INTERPOLATION_FROM_INT = {0: InterpolationMode.NEAREST, 2: InterpolationMode.BILINEAR, 3: InterpolationMode.BICUBIC,
                           4: InterpolationMode.BOX, 5: InterpolationMode.HAMMING, 1: InterpolationMode.LANCZOS}


def to_tensor(pic):
    if not _is_image(pic):
        raise TypeError(f"pic should be PIL Image or ndarray. Got {_type(pic)}")
    if torch.get_default_dtype() == torch.float32:
        return _to_float_image(pic._pixels)
    img = pic._pixels.view(pic.height, pic.width, 1).permute((2, 0, 1)).contiguous()
    return img.to(dtype=torch.get_default_dtype()).div(255)


def pil_to_tensor(pic):
    if not _is_image(pic):
        raise TypeError(f"pic should be PIL Image. Got {_type(pic)}")
    return pic._pixels.view(pic.height, pic.width, 1).permute((2, 0, 1)).contiguous()


def to_pil_image(pic, mode=None):
    if not isinstance(pic, torch.Tensor):
        raise TypeError(f"pic should be Tensor or ndarray. Got {_type(pic)}.")
    if pic.dim() == 2:
        pic = pic.unsqueeze(0)
    if pic.dim() != 3:
        raise ValueError(f"pic should be 2/3 dimensional. Got {pic.dim()} dimensions.")
    if pic.shape[0] != 1:
        raise NotImplementedError("Torchlet's images are grey (mode L): to_pil_image takes one channel")
    if _is_float(pic) and mode != "F":
        pic = pic.mul(255).to(torch.uint8)
    return Image(pic[0].to(torch.uint8).contiguous())


def normalize(tensor, mean, std, inplace=False):
    if not isinstance(tensor, torch.Tensor):
        raise TypeError(f"img should be Tensor Image. Got {_type(tensor)}")
    if not _is_float(tensor):
        raise TypeError(f"Input tensor should be a float tensor. Got {tensor.dtype}.")
    if tensor.dim() < 3:
        raise ValueError(
            f"Expected tensor to be a tensor image of size (..., C, H, W). Got tensor.size() = {tensor.size()}")
    if not inplace and isinstance(mean, (list, tuple)) and isinstance(std, (list, tuple)):
        fast = _normalize(tensor, mean, std)
        if fast is not None:
            return fast
    if not inplace:
        tensor = tensor.clone()
    dtype = tensor.dtype
    mean = _as_tensor(mean, dtype)
    std = _as_tensor(std, dtype)
    if (std == 0).any():
        raise ValueError(f"std evaluated to zero after conversion to {dtype}, leading to division by zero.")
    if mean.dim() == 1:
        mean = mean.view(-1, 1, 1)
    if std.dim() == 1:
        std = std.view(-1, 1, 1)
    return tensor.sub_(mean).div_(std)


def _resized_output_size(height, width, size, max_size=None):
    if len(size) == 1:
        short, long = (width, height) if width <= height else (height, width)
        requested_new_short = size[0]
        new_short, new_long = requested_new_short, int(requested_new_short * long / short)
        if max_size is not None:
            if max_size <= requested_new_short:
                raise ValueError(
                    f"max_size = {max_size} must be strictly greater than the requested "
                    f"size for the smaller edge size = {size}")
            if new_long > max_size:
                new_short, new_long = int(max_size * new_short / new_long), max_size
        new_w, new_h = (new_short, new_long) if width <= height else (new_long, new_short)
    else:
        new_w, new_h = size[1], size[0]
    return [new_h, new_w]


def resize(img, size, interpolation=InterpolationMode.BILINEAR, max_size=None, antialias=None):
    if isinstance(interpolation, int):
        interpolation = _INTERPOLATION_FROM_INT[interpolation]
    if not isinstance(interpolation, InterpolationMode):
        raise TypeError("Argument interpolation should be a InterpolationMode")
    if isinstance(size, (list, tuple)):
        if len(size) not in [1, 2]:
            raise ValueError(
                f"Size must be an int or a 1 or 2 element tuple/list, not a {len(size)} element tuple/list")
        if max_size is not None and len(size) != 1:
            raise ValueError(
                "max_size should only be passed if size specifies the length of the smaller edge, "
                "i.e. size should be an int or a sequence of length 1 in torchscript mode.")
    if isinstance(size, int):
        size = [size]
    if not _is_image(img):
        raise NotImplementedError("Torchlet's Resize works on dataset images (before ToTensor), not on tensors yet")
    output_size = _resized_output_size(img.height, img.width, size, max_size)
    if [img.height, img.width] == output_size:
        return img
    if interpolation.value not in ("nearest", "bilinear"):
        raise NotImplementedError(f"Torchlet's Resize supports nearest and bilinear, not {interpolation.value}")
    return img.resize((output_size[1], output_size[0]), interpolation.value)


class ToTensor:
    def __call__(self, pic):
        return to_tensor(pic)

    def __repr__(self):
        return self.__class__.__name__ + "()"


class PILToTensor:
    def __call__(self, pic):
        return pil_to_tensor(pic)

    def __repr__(self):
        return self.__class__.__name__ + "()"


class ToPILImage:
    def __init__(self, mode=None):
        self.mode = mode

    def __call__(self, pic):
        return to_pil_image(pic, self.mode)

    def __repr__(self):
        format_string = self.__class__.__name__ + "("
        if self.mode is not None:
            format_string += f"mode={self.mode}"
        format_string += ")"
        return format_string


class Normalize:
    def __init__(self, mean, std, inplace=False):
        self.mean = mean
        self.std = std
        self.inplace = inplace

    def __call__(self, tensor):
        return normalize(tensor, self.mean, self.std, self.inplace)

    def forward(self, tensor):
        return normalize(tensor, self.mean, self.std, self.inplace)

    def __repr__(self):
        return f"{self.__class__.__name__}(mean={self.mean}, std={self.std})"


class Compose:
    def __init__(self, transforms):
        self.transforms = transforms

    def __call__(self, img):
        for t in self.transforms:
            img = t(img)
        return img

    def __repr__(self):
        format_string = self.__class__.__name__ + "("
        for t in self.transforms:
            format_string += "\\n"
            format_string += f"    {t}"
        format_string += "\\n)"
        return format_string


class Lambda:
    def __init__(self, lambd):
        if not callable(lambd):
            raise TypeError(f"Argument lambd should be callable, got {repr(type(lambd).__name__)}")
        self.lambd = lambd

    def __call__(self, img):
        return self.lambd(img)

    def __repr__(self):
        return f"{self.__class__.__name__}()"


class Resize:
    def __init__(self, size, interpolation=InterpolationMode.BILINEAR, max_size=None, antialias=None):
        if not isinstance(size, (int, list, tuple)):
            raise TypeError(f"Size should be int or sequence. Got {_type(size)}")
        if isinstance(size, (list, tuple)) and len(size) not in (1, 2):
            raise ValueError("If size is a sequence, it should have 1 or 2 values")
        self.size = size
        self.max_size = max_size
        if isinstance(interpolation, int):
            interpolation = _INTERPOLATION_FROM_INT[interpolation]
        self.interpolation = interpolation
        self.antialias = antialias

    def __call__(self, img):
        return resize(img, self.size, self.interpolation, self.max_size, self.antialias)

    def forward(self, img):
        return self(img)

    def __repr__(self):
        detail = f"(size={self.size}, interpolation={self.interpolation.value}, max_size={self.max_size}, antialias={self.antialias})"
        return f"{self.__class__.__name__}{detail}"


class StandardTransform:
    def __init__(self, transform=None, target_transform=None):
        self.transform = transform
        self.target_transform = target_transform

    def __call__(self, input, target):
        if self.transform is not None:
            input = self.transform(input)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return input, target

    def _format_transform_repr(self, transform, head):
        lines = transform.__repr__().splitlines()
        return [f"{head}{lines[0]}"] + ["{}{}".format(" " * len(head), line) for line in lines[1:]]

    def __repr__(self):
        body = [self.__class__.__name__]
        if self.transform is not None:
            body += self._format_transform_repr(self.transform, "Transform: ")
        if self.target_transform is not None:
            body += self._format_transform_repr(self.target_transform, "Target transform: ")
        return "\\n".join(body)


class VisionDataset:
    _repr_indent = 4

    def __init__(self, root, transforms=None, transform=None, target_transform=None):
        self.root = root
        has_transforms = transforms is not None
        has_separate_transform = transform is not None or target_transform is not None
        if has_transforms and has_separate_transform:
            raise ValueError("Only transforms or transform/target_transform can be passed as argument")
        self.transform = transform
        self.target_transform = target_transform
        if has_separate_transform:
            transforms = StandardTransform(transform, target_transform)
        self.transforms = transforms

    def __getitem__(self, index):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    def __repr__(self):
        head = "Dataset " + self.__class__.__name__
        body = [f"Number of datapoints: {self.__len__()}"]
        if self.root is not None:
            body.append(f"Root location: {self.root}")
        body += self.extra_repr().splitlines()
        if self.transforms is not None:
            body += [repr(self.transforms)]
        lines = [head] + [" " * self._repr_indent + line for line in body]
        return "\\n".join(lines)

    def extra_repr(self):
        return ""


class MNIST(VisionDataset):
    # The files come with Torchlet (built in from the npm and Debian packages): download is accepted and does nothing.
    classes = ["0 - zero", "1 - one", "2 - two", "3 - three", "4 - four",
               "5 - five", "6 - six", "7 - seven", "8 - eight", "9 - nine"]

    def __init__(self, root, train=True, transform=None, target_transform=None, download=False):
        super().__init__(root, transform=transform, target_transform=target_transform)
        self.train = train
        prefix = "train" if self.train else "t10k"
        folder = self.__class__.__name__ + "/raw/"
        self.data = _read_idx(folder + prefix + "-images-idx3-ubyte.gz")
        self.targets = _read_idx(folder + prefix + "-labels-idx1-ubyte.gz").long()

    @property
    def train_labels(self):
        return self.targets

    @property
    def test_labels(self):
        return self.targets

    @property
    def train_data(self):
        return self.data

    @property
    def test_data(self):
        return self.data

    @property
    def raw_folder(self):
        return self.root + "/" + self.__class__.__name__ + "/raw"

    @property
    def processed_folder(self):
        return self.root + "/" + self.__class__.__name__ + "/processed"

    @property
    def class_to_idx(self):
        return {_class: i for i, _class in enumerate(self.classes)}

    def __getitem__(self, index):
        img, target = self.data[index], int(self.targets[index])
        img = Image(img)
        if self.transform is not None:
            img = self.transform(img)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return img, target

    def __len__(self):
        return len(self.data)

    def extra_repr(self):
        split = "Train" if self.train is True else "Test"
        return f"Split: {split}"


class FashionMNIST(MNIST):
    classes = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def make_grid(tensor, nrow=8, padding=2, normalize=False, value_range=None, scale_each=False, pad_value=0.0):
    if not (isinstance(tensor, torch.Tensor) or
            (isinstance(tensor, list) and all(isinstance(t, torch.Tensor) for t in tensor))):
        raise TypeError(f"tensor or list of tensors expected, got {_type(tensor)}")
    if isinstance(tensor, list):
        tensor = torch.stack(tensor, dim=0)
    if tensor.dim() == 2:
        tensor = tensor.unsqueeze(0)
    if tensor.dim() == 3:
        if tensor.size(0) == 1:
            tensor = torch.cat((tensor, tensor, tensor), 0)
        tensor = tensor.unsqueeze(0)
    if tensor.dim() == 4 and tensor.size(1) == 1:
        tensor = torch.cat((tensor, tensor, tensor), 1)
    if normalize is True:
        tensor = tensor.clone()
        if value_range is not None and not isinstance(value_range, tuple):
            raise TypeError("value_range has to be a tuple (min, max) if specified. min and max are numbers")

        def norm_ip(img, low, high):
            img.clamp_(min=low, max=high)
            img.sub_(low).div_(max(high - low, 1e-5))

        def norm_range(t, value_range):
            if value_range is not None:
                norm_ip(t, value_range[0], value_range[1])
            else:
                norm_ip(t, float(t.min()), float(t.max()))

        if scale_each is True:
            for t in tensor:
                norm_range(t, value_range)
        else:
            norm_range(tensor, value_range)
    if not isinstance(tensor, torch.Tensor):
        raise TypeError("tensor should be of type torch.Tensor")
    if tensor.size(0) == 1:
        return tensor.squeeze(0)
    nmaps = tensor.size(0)
    xmaps = min(nrow, nmaps)
    ymaps = int(math.ceil(float(nmaps) / xmaps))
    height, width = int(tensor.size(2) + padding), int(tensor.size(3) + padding)
    num_channels = tensor.size(1)
    grid = tensor.new_full((num_channels, height * ymaps + padding, width * xmaps + padding), pad_value)
    k = 0
    for y in range(ymaps):
        for x in range(xmaps):
            if k >= nmaps:
                break
            top = y * height + padding
            left = x * width + padding
            grid[:, top:top + height - padding, left:left + width - padding] = tensor[k]
            k = k + 1
    return grid


transforms = _module("torchvision.transforms", {
    "ToTensor": ToTensor, "PILToTensor": PILToTensor, "ToPILImage": ToPILImage, "Normalize": Normalize,
    "Compose": Compose, "Lambda": Lambda, "Resize": Resize, "InterpolationMode": InterpolationMode,
    "functional": _module("torchvision.transforms.functional", {
        "to_tensor": to_tensor, "pil_to_tensor": pil_to_tensor, "to_pil_image": to_pil_image,
        "normalize": normalize, "resize": resize, "InterpolationMode": InterpolationMode}),
})
datasets = _module("torchvision.datasets", {
    "MNIST": MNIST, "FashionMNIST": FashionMNIST, "VisionDataset": VisionDataset,
    "StandardTransform": StandardTransform,
})
utils = _module("torchvision.utils", {"make_grid": make_grid})
""";
}
