import { describe, expect, it } from 'vitest';
import { dockerfileDeclarations } from './dockerfile.js';
import { shellWords } from './shell-words.js';
import { fixture, show } from './testing.js';

const family = (text: string) => dockerfileDeclarations(text).map((declaration) => declaration.specifier);

describe('Dockerfile FROM', () => {
  it.each([
    ['FROM tensorflow/tensorflow:1.12.0-gpu-py3', '1 tensorflow 1.12.0-gpu-py3 image', '==1.12.0'],
    ['FROM tensorflow/tensorflow:2.4.1', '1 tensorflow 2.4.1 image', '==2.4.1'],
    ['FROM tensorflow/tensorflow:latest-gpu', '1 tensorflow latest-gpu image', null],
    ['FROM tensorflow/tensorflow', '1 tensorflow - image', null],
    ['FROM docker.io/tensorflow/tensorflow:1.15.5-gpu', '1 tensorflow 1.15.5-gpu image', '==1.15.5'],
    ['FROM tensorflow/serving:1.15.0', '1 tensorflow 1.15.0 image', '==1.15.0'],
    ['FROM pytorch/pytorch:1.5-cuda10.1-cudnn7-runtime', '1 pytorch 1.5-cuda10.1-cudnn7-runtime image', '==1.5'],
    ['FROM nvcr.io/nvidia/tensorflow:20.03-tf1-py3', '1 tensorflow 20.03-tf1-py3 image', '==1.*'],
    ['FROM nvcr.io/nvidia/tensorflow:23.08-tf2-py3', '1 tensorflow 23.08-tf2-py3 image', '==2.*'],
    ['FROM nvcr.io/nvidia/tensorflow:18.11-py3', '1 tensorflow 18.11-py3 image', '==1.*'],
    ['FROM nvcr.io/nvidia/pytorch:20.03-py3', '1 pytorch 20.03-py3 image', null],
    ['FROM gcr.io/deeplearning-platform-release/tf-gpu.1-15', '1 tensorflow - image', '==1.15'],
    ['FROM gcr.io/deeplearning-platform-release/pytorch-gpu.1-4:latest', '1 pytorch latest image', '==1.4'],
    ['FROM rocm/tensorflow:rocm5.7-tf2.13-dev', '1 tensorflow rocm5.7-tf2.13-dev image', '==2.13'],
    ['FROM --platform=linux/amd64 tensorflow/tensorflow:2.4.0 AS builder', '1 tensorflow 2.4.0 image', '==2.4.0'],
    ['from tensorflow/tensorflow:1.15.0@sha256:0123abcd', '1 tensorflow 1.15.0 image', '==1.15.0'],
    ['FROM tensorflow/tensorflow:${TF_VERSION}-gpu', '1 tensorflow ${TF_VERSION}-gpu image', null],
    ['FROM tensorflow/tensorflow:$TF_VERSION', '1 tensorflow $TF_VERSION image', null],
  ])('%s', (text, expected, specifier) => {
    expect(dockerfileDeclarations(text).map(show)).toEqual([expected]);
    expect(family(text)).toEqual([specifier]);
  });

  it.each([
    ['a commented-out FROM', '# FROM tensorflow/tensorflow:1.15.0\nFROM python:3.7'],
    ['an earlier stage', 'FROM python:3.7 AS base\nFROM base'],
    ['an image from an ARG', 'ARG BASE=tensorflow/tensorflow:1.15.0\nFROM ${BASE}'],
    ['other images', 'FROM ubuntu:18.04\nFROM nvidia/cuda:10.0-cudnn7-devel'],
  ])('nothing from %s', (_case, text) => expect(dockerfileDeclarations(text)).toEqual([]));
});

describe('Dockerfile RUN', () => {
  it.each([
    ['pip install', 'RUN pip install tensorflow-gpu==1.15', ['1 tensorflow ==1.15 pin']],
    [
      'pip3 with options',
      'RUN pip3 install --no-cache-dir -U "keras==2.2.4" -i https://x numpy',
      ['1 keras ==2.2.4 pin'],
    ],
    [
      'python -m pip',
      'RUN python3 -m pip install torch==1.5.0+cu101 -f https://download.pytorch.org/whl/torch_stable.html',
      ['1 pytorch ==1.5.0+cu101 pin'],
    ],
    ['after a semicolon', 'RUN source activate env; pip install tensorflow-gpu==1.15; ', ['1 tensorflow ==1.15 pin']],
    ['a version from an ARG', 'RUN pip install tensorflow==${TF_VERSION}', ['1 tensorflow ==${TF_VERSION} declared']],
    ['-r is not a package', 'RUN pip install -r requirements.txt', []],
    [
      'continuation lines',
      'RUN apt-get update && \\\n    pip install \\\n      torch==1.5 \\\n      keras',
      ['3 pytorch ==1.5 pin', '4 keras - declared'],
    ],
    ['a comment inside a continuation', 'RUN pip install \\\n# torch==1.4\n      torch==1.5', ['3 pytorch ==1.5 pin']],
    ['conda install', 'RUN conda install -y -c pytorch pytorch=1.5 cudatoolkit=10.1', ['1 pytorch =1.5 range']],
    ['the exec form', 'RUN ["pip", "install", "onnx==1.7.0"]', ['1 onnx ==1.7.0 pin']],
    ['pip show', 'RUN pip show tensorflow', []],
    ['a continuation on the last line', 'RUN pip install torch==1.5 \\', ['1 pytorch ==1.5 pin']],
  ])('%s', (_case, text, expected) => expect(dockerfileDeclarations(text).map(show)).toEqual(expected));

  it('reads a Dockerfile', () =>
    expect(dockerfileDeclarations(fixture('Dockerfile')).map(show)).toEqual([
      '4 tensorflow ${TF_VERSION}-gpu image',
      '5 tensorflow 1.12.0-gpu-py3 image',
      '8 keras ==2.2.4 pin',
      '10 pytorch ==1.5.0+cu101 pin',
      '12 onnx ==1.7.0 pin',
      '12 pytorch =1.5 range',
      '13 tensorflow 20.03-tf1-py3 image',
    ]));
});

describe('shellWords', () => {
  it.each([
    ['a && b || c; d | e & f', [['a'], ['b'], ['c'], ['d'], ['e'], ['f']]],
    [`pip install "a b" 'c;d' e\\ f`, [['pip', 'install', 'a b', 'c;d', 'e f']]],
    [`echo "a \\"b\\""`, [['echo', 'a "b"']]],
  ])('%s', (line, commands) =>
    expect(shellWords(line).map((command) => command.map((word) => word.text))).toEqual(commands),
  );

  it('keeps where each word starts', () =>
    expect(
      shellWords('pip  install x')
        .flat()
        .map((word) => word.start),
    ).toEqual([0, 5, 13]));
});
