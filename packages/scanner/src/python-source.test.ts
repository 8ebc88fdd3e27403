import { describe, expect, it } from 'vitest';
import { scanPythonSource } from './python-source.js';
import { fixture } from './testing.js';
const uses = (source: string) => scanPythonSource(source).tf1Apis.map(({ line, api }) => `${line} ${api}`);

describe('TF1 API uses', () => {
  it.each([
    [
      'import tensorflow as tf',
      'import tensorflow as tf\ns = tf.Session()\nx = tf.placeholder(tf.float32)',
      ['2 Session', '3 placeholder'],
    ],
    ['import tensorflow', 'import tensorflow\ntensorflow.InteractiveSession()', ['2 Session']],
    [
      'tensorflow.compat.v1 as tf',
      'import tensorflow.compat.v1 as tf\ntf.Session()\ntf.train.Saver()',
      ['2 Session', '3 train.Saver'],
    ],
    [
      'from tensorflow.compat import v1 as tf',
      'from tensorflow.compat import v1 as tf\ntf.placeholder(tf.int32)',
      ['2 placeholder'],
    ],
    [
      'tf.compat.v1.Session',
      'import tensorflow as tf\ntf.compat.v1.Session()\ntf.compat.v1.train.Saver()',
      ['2 Session', '3 train.Saver'],
    ],
    ['compat.v1 twice', 'import tensorflow.compat.v1 as tf\ntf.compat.v1.placeholder(1)', ['2 placeholder']],
    [
      'a name imported from TF',
      'from tensorflow.compat.v1 import Session, placeholder as ph\nSession()\nph(1)',
      ['2 Session', '3 placeholder'],
    ],
    [
      'from tensorflow import contrib',
      'from tensorflow import contrib\ncontrib.layers.flatten(x)',
      ['1 contrib', '2 contrib'],
    ],
    [
      'contrib through an alias',
      'from tensorflow.contrib import tpu as contrib_tpu\ncontrib_tpu.TPUEstimator()\ncontrib_tpu.RunConfig()',
      ['1 contrib', '2 contrib', '3 contrib'],
    ],
    ['slim', 'import tensorflow.contrib.slim as slim\nslim.conv2d(x, 3)', ['1 contrib', '2 contrib']],
    [
      'a function imported from contrib',
      'from tensorflow.contrib.layers import fully_connected\nfully_connected(x, 10)',
      ['1 contrib', '2 contrib'],
    ],
    ['tf.contrib', 'import tensorflow as tf\ntf.contrib.layers.xavier_initializer()', ['2 contrib']],
    [
      'an import in a try block',
      'try: import tensorflow.compat.v1 as tf\nexcept ImportError: import tensorflow as tf\ntf.Session()',
      ['3 Session'],
    ],
    ['an import inside a function', 'def f():\n    import tensorflow as tf\n    return tf.Session()', ['3 Session']],
    [
      'one statement over lines',
      'import tensorflow as tf\nwith tf.Session() as a, \\\n     tf.Session() as b:\n    pass',
      ['2 Session', '3 Session'],
    ],
    [
      'a chain split over lines in brackets',
      'import tensorflow as tf\nx = (tf\n     .placeholder(1))',
      ['2 placeholder'],
    ],
  ])('%s', (_case, source, expected) => expect(uses(source)).toEqual(expected));

  it.each([
    ['without an import of TensorFlow', 'tf.Session()\nsess = tf.placeholder(1)'],
    ['in comments', 'import tensorflow as tf\n# tf.Session()\nx = 1  # tf.placeholder'],
    ['in strings and docstrings', 'import tensorflow as tf\n"""tf.Session()"""\ns = "tf.placeholder" + \'tf.contrib\''],
    ['in f-strings', 'import tensorflow as tf\ns = f"{tf.__version__} tf.Session"'],
    ['on another object', 'import tensorflow as tf\nself.tf.Session()\nmy.tf.placeholder'],
    [
      'a keyword argument named like an import',
      'from tensorflow.compat.v1 import placeholder\nbuild(placeholder=None)',
    ],
    ['a definition named like an import', 'from tensorflow.compat.v1 import Session\ndef Session():\n    pass'],
    ['TF2 APIs', 'import tensorflow as tf\ntf.function\ntf.keras.Model\ntf.train.Checkpoint()'],
    ['PyTorch', 'import torch\ntorch.Session = 1\nplaceholder = torch.zeros(1)'],
    ['relative imports', 'from . import tf\nfrom .contrib import slim\ntf.Session()\nslim.conv2d()'],
  ])('nothing %s', (_case, source) => expect(uses(source)).toEqual([]));

  it('reads a TF1 training script', () =>
    expect(uses(fixture('python/tf1_train.py'))).toEqual([
      '11 contrib',
      '12 contrib',
      '24 placeholder',
      '25 contrib',
      '30 Session',
      '31 Session',
      '32 train.Saver',
      '33 contrib',
    ]));

  it('finds nothing in a file that only talks about TF1', () => {
    const found = scanPythonSource(fixture('python/strings_only.py'));
    expect([found.tf1Apis, found.serialization, found.imports]).toEqual([[], [], []]);
  });
});

describe('framework imports', () => {
  it.each([
    ['import tensorflow as tf', ['1 tensorflow']],
    ['from tensorflow import keras', ['1 tensorflow']],
    ['import tensorflow.keras as keras', ['1 tensorflow']],
    ['import keras\nfrom keras.layers import Dense', ['1 keras', '2 keras']],
    ['import torch, torchvision', ['1 pytorch']],
    ['import jax.numpy as jnp\nimport flax.linen as nn', ['1 jax', '2 jax']],
    ['import onnxruntime as ort', ['1 onnx']],
    ['from sklearn.linear_model import LogisticRegression', ['1 sklearn']],
    ['import tensorflow as tf, torch', ['1 tensorflow', '1 pytorch']],
    ['import numpy as np\nimport transformers', []],
    ['x = "import torch"', []],
  ])('%s', (source, expected) =>
    expect(scanPythonSource(source).imports.map(({ line, framework }) => `${line} ${framework}`)).toEqual(expected),
  );
});

describe('serialization', () => {
  const formats = (source: string) =>
    scanPythonSource(source).serialization.map(({ line, format }) => `${line} ${format}`);

  it.each([
    ['tf.train.Saver', 'import tensorflow as tf\nsaver = tf.train.Saver()', ['2 tf-saver']],
    ['tf.compat.v1.train.Saver', 'import tensorflow as tf\ntf.compat.v1.train.Saver()', ['2 tf-saver']],
    [
      'tf.saved_model',
      'import tensorflow as tf\ntf.saved_model.save(m, "out")\nb = tf.saved_model.builder.SavedModelBuilder("x")',
      ['2 savedmodel', '3 savedmodel'],
    ],
    [
      'an estimator export',
      'import tensorflow as tf\nestimator.export_saved_model("out", fn)\nestimator.export_savedmodel("out", fn)',
      ['2 savedmodel', '3 savedmodel'],
    ],
    [
      'model.save with save_format="tf"',
      'import tensorflow as tf\nmodel.save("out", save_format="tf")',
      ['2 savedmodel'],
    ],
    ['model.save on Keras', 'import keras\nmodel.save(path)\nself.model.save(path)', ['2 keras-h5', '3 keras-h5']],
    ['model.save to .keras', 'import keras\nmodel.save("model.keras")', []],
    [
      'an .h5 path',
      'from tensorflow import keras\ncheckpoint = keras.callbacks.ModelCheckpoint("best.h5")',
      ['2 keras-h5'],
    ],
    [
      'an .h5 data file',
      'import tensorflow as tf\nimport h5py\nimport pandas as pd\nh5py.File("x.h5")\npd.read_hdf("y.h5")',
      [],
    ],
    ['an .h5 path without Keras', 'import torch\npath = "weights.h5"', []],
    ['an .h5 path where data is read', 'import h5py\nimport tensorflow as tf\nh5_file = "cage10.h5"', []],
    [
      'an .h5 model where data is read',
      'import h5py\nfrom keras.models import load_model\nload_model("m.h5")',
      ['3 keras-h5'],
    ],
    ['saver.save is not Keras', 'import tensorflow as tf\nsaver.save(sess, "ckpt")\nmodel_saver.save(sess, "c")', []],
    [
      'models by other names',
      'import keras\nkeras_model.save(p)\nbestModel.save(p)\nmodel_2.save(p)',
      ['2 keras-h5', '3 keras-h5', '4 keras-h5'],
    ],
    ['torch.save', 'import torch\ntorch.save(model.state_dict(), "w.pt")', ['2 torch-save']],
    ['from torch import save', 'from torch import save\nsave(m, "w.pt")', ['2 torch-save']],
    ['torch.jit', 'import torch\ntorch.jit.trace(m, x)\ntorch.jit.script(m)', ['2 torchscript', '3 torchscript']],
    ['torch.onnx.export', 'import torch\ntorch.onnx.export(m, x, "m.onnx")', ['2 onnx']],
    ['tf2onnx', 'import tf2onnx\nmodel_proto, _ = tf2onnx.convert.from_keras(model)', ['1 onnx', '2 onnx']],
    ['torch.save in a string', 'import torch\nprint("torch.save(model)")', []],
  ])('%s', (_case, source, expected) => expect(formats(source)).toEqual(expected));

  it('reads an export script', () =>
    expect(formats(fixture('python/torch_export.py'))).toEqual([
      '8 torch-save',
      '9 torchscript',
      '10 torchscript',
      '11 onnx',
    ]));

  it('reads a Keras script', () =>
    expect(formats(fixture('python/keras_save.py'))).toEqual([
      '7 keras-h5',
      '9 savedmodel',
      '10 savedmodel',
      '12 keras-h5',
    ]));
});
